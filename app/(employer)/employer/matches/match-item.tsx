import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CompanyMatch } from "@/lib/db/employer-matches";
import { formatDate } from "@/lib/i18n/format";
import { ContactDetails } from "./contact-details";

/** One of the company's requests or matches: the candidate's alias, the job, the status in words. */
export async function MatchItem({ match }: { match: CompanyMatch }) {
  const [t, locale] = await Promise.all([getTranslations("employerMatches"), getLocale()]);
  const titleId = `match-${match.id}-title`;
  const title = t("cardTitle", { alias: match.citizen.alias, job: match.opening.title });
  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-3">
      <h2 id={titleId} className="text-lg font-bold break-words">
        {title}
      </h2>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("candidate")}</dt>
        <dd className="break-words">{match.citizen.alias}</dd>
        <dt className="font-semibold">{t("job")}</dt>
        <dd className="break-words">{match.opening.title}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd className="font-semibold">{t(`statuses.${match.status}`)}</dd>
        <dt className="font-semibold">{t("created")}</dt>
        <dd>
          <time dateTime={match.createdAt.toISOString()}>{formatDate(match.createdAt, locale)}</time>
        </dd>
        <dt className="font-semibold">{t("updated")}</dt>
        <dd>
          <time dateTime={match.updatedAt.toISOString()}>{formatDate(match.updatedAt, locale)}</time>
        </dd>
      </dl>
      {match.identity ? <ContactDetails identity={match.identity} headingId={`match-${match.id}-contact`} /> : <p>{t("anonymous")}</p>}
      <Link href={`/employer/matches/${encodeURIComponent(match.id)}`} className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("open")}
        <span className="sr-only">: {title}</span>
      </Link>
    </Card>
  );
}
