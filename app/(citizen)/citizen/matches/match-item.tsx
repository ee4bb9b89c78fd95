import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { OwnMatch } from "@/lib/db/citizen-matches";
import { formatDate } from "@/lib/i18n/format";
import { SuggestionAnswer } from "./suggestion-answer";
import { WithdrawConsent } from "./withdraw-consent";

/** One of the citizen's matches: the job, its status in plain words, and how it has gone. */
export async function MatchItem({ match }: { match: OwnMatch }) {
  const [t, locale] = await Promise.all([getTranslations("matches"), getLocale()]);
  const titleId = `match-${match.id}-title`;
  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-3">
      <h3 id={titleId} className="text-lg font-bold break-words">
        {match.opening.title}
      </h3>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("company")}</dt>
        <dd className="break-words">{match.opening.employer.name}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd className="font-semibold">{t(`statuses.${match.status}`)}</dd>
        <dt className="font-semibold">{t("started")}</dt>
        <dd>
          <time dateTime={match.createdAt.toISOString()}>{formatDate(match.createdAt, locale)}</time>
        </dd>
        <dt className="font-semibold">{t("origin")}</dt>
        <dd>{t(`origins.${match.origin}`)}</dd>
      </dl>
      {match.opening.status === "OPEN" ? null : <p>{t("jobClosed")}</p>}
      {match.origin === "CONSULTANT" && (match.status === "SUGGESTED" || match.events.some((e) => e.fromStatus === "SUGGESTED")) ? (
        <SuggestionAnswer matchId={match.id} title={match.opening.title} open={match.status === "SUGGESTED" && match.opening.status === "OPEN"} />
      ) : null}
      {match.status === "CITIZEN_ACCEPTED" || match.consentWithdrawn ? <WithdrawConsent matchId={match.id} title={match.opening.title} withdrawn={match.consentWithdrawn} /> : null}
      {match.events.length > 0 ? (
        <details>
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">{t("history")}</summary>
          <ol className="mt-2 flex flex-col gap-1 border-l-2 border-gray-300 pl-4">
            {match.events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.createdAt.toISOString()}>{formatDate(e.createdAt, locale)}</time>
                {": "}
                {e.citizenInterest && e.fromStatus === e.toStatus
                  ? t("historyInterest")
                  : e.citizenInterest
                    ? `${t("historyInterest")}. ${t(`statuses.${e.toStatus}`)}`
                    : t(`statuses.${e.toStatus}`)}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {match.opening.status === "DRAFT" ? null : (
        <Link href={`/citizen/jobs/${encodeURIComponent(match.opening.id)}`} className="inline-flex min-h-11 items-center self-start font-semibold">
          {t("seeJob")}
          <span className="sr-only">: {match.opening.title}</span>
        </Link>
      )}
    </Card>
  );
}
