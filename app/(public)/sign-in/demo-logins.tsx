import { getTranslations } from "next-intl/server";
import { demoAccounts, demoPassword } from "@/lib/demo-accounts";

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
    </section>
  );
}
