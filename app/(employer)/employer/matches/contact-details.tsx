import { getTranslations } from "next-intl/server";
import type { CompanyMatch } from "@/lib/db/employer-matches";

/** The candidate's name, e-mail and phone, present only after they said yes to contact. */
export async function ContactDetails({ identity, headingId, level = "h3" }: { identity: NonNullable<CompanyMatch["identity"]>; headingId: string; level?: "h2" | "h3" }) {
  const t = await getTranslations("employerMatches.contact");
  const Heading = level;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2 rounded-md border-2 border-brand-700 bg-brand-50 p-3">
      <Heading id={headingId} className="font-bold">
        {t("title")}
      </Heading>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("name")}</dt>
        <dd className="break-words">{identity.name}</dd>
        <dt className="font-semibold">{t("email")}</dt>
        <dd className="break-words">
          <a href={`mailto:${identity.email}`} className="inline-flex min-h-11 items-center">
            {identity.email}
          </a>
        </dd>
        <dt className="font-semibold">{t("phone")}</dt>
        <dd className="break-words">
          {identity.phone ? (
            <a href={`tel:${identity.phone.replace(/\s+/g, "")}`} className="inline-flex min-h-11 items-center">
              {identity.phone}
            </a>
          ) : (
            t("noPhone")
          )}
        </dd>
      </dl>
    </section>
  );
}
