import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { hoursArgs } from "@/lib/i18n/format";
import { accommodationLabel, scheduleSummary } from "@/lib/matching";
import type { CandidateCard } from "@/lib/privacy/candidate-card";

/**
 * The anonymized candidate card as employers see it. It renders only a CandidateCard, the output
 * of the one privacy projection, so it cannot show anything the projection did not let through.
 */
export async function CandidateCardView({ card, headingLevel = 2 }: { card: CandidateCard; headingLevel?: 2 | 3 }) {
  const [t, locale] = await Promise.all([getTranslations("candidateCard"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as "h3" | "h4";
  const none = <span className="text-gray-700">{t("none")}</span>;
  return (
    <Card aria-labelledby={`card-${card.id}`} className="flex flex-col gap-3">
      <div>
        <Heading id={`card-${card.id}`} className="text-xl font-bold">
          {card.alias}
        </Heading>
        {card.headline ? <p className="text-lg">{card.headline}</p> : null}
        <p className="text-sm text-gray-700">{t("area", { area: card.area })}</p>
      </div>
      {card.summary ? <p className="whitespace-pre-line">{card.summary}</p> : null}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("hours")}</dt>
        <dd>{t("hoursValue", { ...hoursArgs(card.hours.min, card.hours.max, locale) })}</dd>
        <dt className="font-semibold">{t("availability")}</dt>
        <dd>{scheduleSummary(card.availability, lang) || t("anyTime")}</dd>
        <dt className="font-semibold">{t("skills")}</dt>
        <dd>{card.skills.length ? card.skills.join(", ") : none}</dd>
        <dt className="font-semibold">{t("wishes")}</dt>
        <dd>
          {[...card.wishes.occupations, ...card.wishes.industries].join(", ") || none}
          {card.wishes.openToNewField ? <span className="block text-sm">{t("openToNewField")}</span> : null}
        </dd>
        <dt className="font-semibold">{t("remote")}</dt>
        <dd>{t(`remoteOptions.${card.remotePreference}`)}</dd>
      </dl>
      <div>
        <SubHeading className="font-bold">{t("needs")}</SubHeading>
        {card.needs.length ? (
          <ul className="list-disc pl-5">
            {card.needs.map((n) => (
              <li key={n.code}>
                {accommodationLabel(n.code)[lang]} ({t(`needLevel.${n.level}`)})
              </li>
            ))}
          </ul>
        ) : (
          <p>{none}</p>
        )}
      </div>
      <div>
        <SubHeading className="font-bold">{t("experience")}</SubHeading>
        {card.experience.length ? (
          <ul className="list-disc pl-5">
            {card.experience.map((e, i) => (
              <li key={i}>
                {e.title}
                {e.employerName ? `, ${e.employerName}` : ""}
                {e.fromYear || e.toYear ? ` (${[e.fromYear, e.toYear].filter(Boolean).join("–")})` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>{none}</p>
        )}
      </div>
      <div>
        <SubHeading className="font-bold">{t("education")}</SubHeading>
        {card.education.length ? (
          <ul className="list-disc pl-5">
            {card.education.map((e, i) => (
              <li key={i}>
                {e.title}
                {e.year ? ` (${e.year})` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>{none}</p>
        )}
      </div>
    </Card>
  );
}
