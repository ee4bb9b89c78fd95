import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DEMO_INVITATION_TOKEN, demoAccounts, demoPassword } from "@/lib/auth/demo-accounts";

export async function DemoLogins() {
  const t = await getTranslations("signIn.demo");
  return (
    <section aria-labelledby="demo-logins" className="rounded-lg border border-amber-300 bg-amber-50 p-5">
      <h2 id="demo-logins" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm">{t("intro", { password: demoPassword })}</p>
      <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-[auto_1fr]">
        {demoAccounts.map((account) => (
          <div key={account.email} className="contents">
            <dt className="font-semibold">{t(`roles.${account.role}`)}</dt>
            <dd className="break-all font-mono">{account.email}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm">
        {t("invitation")} <Link href={`/invite/${DEMO_INVITATION_TOKEN}`}>{t("invitationLink")}</Link>
      </p>
    </section>
  );
}
