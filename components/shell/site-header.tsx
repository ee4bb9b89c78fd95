import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/guards";
import { homeFor } from "@/lib/auth/permissions";
import { LanguageSwitch } from "./language-switch";
import { SignOutForm } from "./sign-out-form";
import { RoleNav } from "./role-nav";

export async function SiteHeader() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("shell")]);
  return (
    <header className="border-b border-gray-200 bg-brand-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={user ? homeFor(user.role) : "/"} className="text-xl font-bold text-brand-900 no-underline">
          {t("brand")}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <LanguageSwitch />
          {user ? (
            <SignOutForm label={t("signOut")} />
          ) : (
            <Link href="/sign-in" className="inline-flex min-h-11 items-center rounded-md px-3 font-semibold">
              {t("signIn")}
            </Link>
          )}
        </div>
      </div>
      {user ? <RoleNav role={user.role} userId={user.id} userName={user.name} municipalityId={user.municipalityId} /> : null}
    </header>
  );
}
