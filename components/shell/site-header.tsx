import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/guards";
import { homeFor } from "@/lib/auth/permissions";
import { LanguageSwitch } from "./language-switch";
import { MenuButton, MenuRoot } from "./menu-disclosure";
import { SignOutForm } from "./sign-out-form";
import { MENU_PANEL_IDS, RoleNav } from "./role-nav";

/**
 * The banner. On a phone a signed-in user sees one row (brand, sign-out, the menu button) and the
 * role's most used links below it; the other links, the language switch and who is signed in
 * open with the menu button. From the md breakpoint up everything shows, as before.
 */
export async function SiteHeader() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("shell")]);
  return (
    <header className="border-b border-gray-200 bg-brand-50">
      <MenuRoot>
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2 md:gap-3 md:py-3">
          <Link href={user ? homeFor(user.role) : "/"} className="text-xl font-bold text-brand-900 no-underline">
            {t("brand")}
          </Link>
          <div className="flex flex-wrap items-center gap-2">
            {/* Signed in, the language switch sits in the menu on a phone to keep this row short. */}
            <div className={user ? "hidden md:block" : undefined}>
              <LanguageSwitch />
            </div>
            {user ? (
              <>
                <SignOutForm label={t("signOut")} />
                <MenuButton label={t("menu")} controls={MENU_PANEL_IDS.join(" ")} />
              </>
            ) : (
              <Link href="/sign-in" className="inline-flex min-h-11 items-center rounded-md px-3 font-semibold">
                {t("signIn")}
              </Link>
            )}
          </div>
        </div>
        {user ? <RoleNav role={user.role} userId={user.id} userName={user.name} municipalityId={user.municipalityId} /> : null}
      </MenuRoot>
    </header>
  );
}
