import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { getCompanyForConsultant } from "@/lib/db/consultant-companies";
import { hoursArgs } from "@/lib/i18n/format";
import { CompanyMatches } from "./company-matches";
import { CompanyNotes } from "./company-notes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantCompanies"))("title") };
}

/** One company of the consultant's municipality: contact, openings, matches and the note log. */
export default async function CompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("CONSULTANT");
  const { id } = await params;
  const [company, t, locale] = await Promise.all([getCompanyForConsultant(user, id), getTranslations("consultantCompanies"), getLocale()]);
  if (!company) notFound();
  const orNot = (v: string) => (v.trim() === "" ? t("detail.notGiven") : v);
  const contact = [
    [t("detail.cvr"), company.cvr],
    [t("industry"), company.industry],
    [t("detail.address"), `${orNot(company.address)}, ${company.postalCode}`],
    [t("detail.contactName"), orNot(company.contactName)],
    [t("detail.contactEmail"), orNot(company.contactEmail)],
    [t("detail.contactPhone"), orNot(company.contactPhone)],
    [t("consultant"), company.consultantName ?? t("noConsultant")],
  ] as const;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/consultant/companies" className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("detail.back")}
      </Link>
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{company.name}</h1>
      <Card aria-labelledby="company-contact-title">
        <h2 id="company-contact-title" className="mb-3 text-xl font-bold">
          {t("detail.contact")}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {contact.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card aria-labelledby="company-openings-title">
        <h2 id="company-openings-title" className="mb-3 text-xl font-bold">
          {t("detail.openings")}
        </h2>
        {company.openings.length === 0 ? (
          <p>{t("detail.noOpenings")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {company.openings.map((o) => (
              <li key={o.id} className="border-b border-gray-200 pb-3 last:border-0 last:pb-0">
                <h3 className="font-bold break-words">{o.title}</h3>
                <p>
                  {t("detail.status")}: <span className="font-semibold">{t(`openingStatuses.${o.status}`)}</span>
                </p>
                <p>
                  {t("detail.hours", { ...hoursArgs(o.hoursMin, o.hoursMax, locale) })} · {t("detail.positions", { count: o.positions })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <CompanyMatches matches={company.matches} />
      <CompanyNotes employerId={company.id} notes={company.notes} />
    </div>
  );
}
