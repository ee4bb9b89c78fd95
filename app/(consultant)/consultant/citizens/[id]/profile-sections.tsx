import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CitizenFile } from "@/lib/db/caseload";
import { formatDate, formatHours } from "@/lib/i18n/format";
import { accommodationLabel } from "@/lib/matching";

type Props = { citizen: CitizenFile; locale: string };

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="break-words">{children}</dd>
    </>
  );
}

/** Contact, status and what the citizen wrote about themself and their wishes. */
export async function OverviewSection({ citizen, locale }: Props) {
  const t = await getTranslations("caseload.detail");
  const tc = await getTranslations("caseload");
  const list = (items: string[]) => (items.length ? items.join(", ") : t("none"));
  return (
    <Card aria-labelledby="citizen-overview">
      <h2 id="citizen-overview" className="mb-3 text-xl font-bold">
        {t("overview")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <Row term={t("email")}>
          <a href={`mailto:${citizen.user.email}`} className="inline-flex min-h-11 items-center break-all">
            {citizen.user.email}
          </a>
        </Row>
        <Row term={t("phone")}>{citizen.user.phone || t("noPhone")}</Row>
        <Row term={t("status")}>{tc(`statuses.${citizen.status}`)}</Row>
        <Row term={t("hours")}>{formatHours(citizen.hoursMin, citizen.hoursMax, locale)}</Row>
        <Row term={t("lastLogin")}>{citizen.user.lastLoginAt ? formatDate(citizen.user.lastLoginAt, locale) : tc("never")}</Row>
        <Row term={t("consultant")}>{citizen.consultant?.name ?? tc("noConsultant")}</Row>
        <Row term={t("completeness")}>{tc("percent", { percent: citizen.completeness.percent })}</Row>
        <Row term={t("postalCode")}>{citizen.postalCode || t("none")}</Row>
        <Row term={t("visible")}>{citizen.visibleToEmployers ? t("yes") : t("no")}</Row>
        {citizen.flexReviewDueAt ? <Row term={t("flexReview")}>{formatDate(citizen.flexReviewDueAt, locale)}</Row> : null}
        <Row term={t("skills")}>{list(citizen.skills)}</Row>
        <Row term={t("wishes")}>
          {list([...citizen.wishOccupations, ...citizen.wishIndustries])}
          {citizen.openToNewField ? <span className="block">{t("openToNewField")}</span> : null}
        </Row>
      </dl>
      <h3 className="mt-4 mb-1 text-lg font-bold">{t("summaryTitle")}</h3>
      <p className="break-words whitespace-pre-line">{citizen.summary || t("noSummary")}</p>
    </Card>
  );
}

/** The accommodations with their private notes (never shown to employers). */
export async function NeedsSection({ citizen, locale }: Props) {
  const t = await getTranslations("caseload.detail");
  const lang = locale === "en" ? "en" : "da";
  return (
    <Card aria-labelledby="citizen-needs">
      <h2 id="citizen-needs" className="mb-1 text-xl font-bold">
        {t("needsTitle")}
      </h2>
      <p className="mb-3 text-sm text-gray-700">{t("needsPrivate")}</p>
      {citizen.needs.length === 0 ? (
        <p>{t("noNeeds")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {citizen.needs.map((need) => (
            <li key={need.id}>
              <span className="font-semibold">{accommodationLabel(need.code)[lang]}</span> ({t(`needLevels.${need.level}`)})
              {need.note ? (
                <span className="block break-words whitespace-pre-line">
                  {t("note")}: {need.note}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export async function BackgroundSection({ citizen }: { citizen: CitizenFile }) {
  const t = await getTranslations("caseload.detail");
  const years = (from: number | null, to: number | null) => (from ? (to ? t("years", { from, to }) : t("yearsOpen", { from })) : null);
  return (
    <Card aria-labelledby="citizen-background">
      <h2 id="citizen-background" className="mb-3 text-xl font-bold">
        {t("experienceTitle")}
      </h2>
      {citizen.experience.length === 0 ? (
        <p>{t("noExperience")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {citizen.experience.map((e) => (
            <li key={e.id} className="break-words">
              <span className="font-semibold">{e.title}</span>
              {e.employerName ? `, ${e.employerName}` : null}
              {years(e.fromYear, e.toYear) ? ` (${years(e.fromYear, e.toYear)})` : null}
              {e.description ? <span className="block whitespace-pre-line">{e.description}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <h2 className="mt-5 mb-3 text-xl font-bold">{t("educationTitle")}</h2>
      {citizen.education.length === 0 ? (
        <p>{t("noEducation")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {citizen.education.map((e) => (
            <li key={e.id} className="break-words">
              <span className="font-semibold">{e.title}</span>
              {e.institution ? `, ${e.institution}` : null}
              {e.year ? ` (${e.year})` : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
