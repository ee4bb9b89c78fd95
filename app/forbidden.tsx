import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/guards";
import { homeFor } from "@/lib/auth/permissions";

/** Shown (with status 403) when a signed-in user opens another role's area. */
export default async function Forbidden() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("errors")]);
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenText")}</p>
      <p>
        <Link href={user ? homeFor(user.role) : "/"}>{t("backHome")}</Link>
      </p>
    </div>
  );
}
