import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

export default async function AccessibilityStatementPage() {
  const t = await getTranslations("accessibility");
  return (
    <article className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2 className="text-xl font-bold">{t("statusTitle")}</h2>
      <p>{t("status")}</p>
      <h2 className="text-xl font-bold">{t("howTitle")}</h2>
      <ul className="list-disc pl-6">
        {(["keyboard", "zoom", "screenReader", "language"] as const).map((key) => (
          <li key={key}>{t(`how.${key}`)}</li>
        ))}
      </ul>
      <h2 className="text-xl font-bold">{t("knownTitle")}</h2>
      <p>{t("known")}</p>
      <h2 className="text-xl font-bold">{t("contactTitle")}</h2>
      <p>{t("contact")}</p>
      <p>
        {t("complaint")} <a href="https://www.digst.dk/">{t("complaintLink")}</a>
      </p>
    </article>
  );
}
