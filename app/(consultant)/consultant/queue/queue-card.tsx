import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { QUEUED, type QueueItem } from "@/lib/db/match-queue";
import { formatDate } from "@/lib/i18n/format";
import { DecisionForm } from "./decision-form";
import { ExplanationLists } from "./explanation-lists";

/**
 * One match waiting for a decision: who, which job, who asked, the engine's explanation, and the
 * two decisions. Once decided the card stays a while (see the page) with both forms mounted, so
 * the confirmation in the form's live region is not lost when the page refreshes.
 */
export async function QueueCard({ item }: { item: QueueItem }) {
  const [t, locale] = await Promise.all([getTranslations("consultantQueue"), getLocale()]);
  const titleId = `queue-${item.id}-title`;
  const waiting = QUEUED.includes(item.status);
  // A decided card is on the page only while its status is the decision (the page's query), so
  // the last change of the match is the decision.
  const decided = item.status === "APPROVED" ? "APPROVED" : "REJECTED";
  const since = waiting ? item.createdAt : item.updatedAt;
  const name = item.citizen.user.name;
  // Several cards are on the page: the citizen's name keeps the buttons apart for screen readers.
  const whom = <span className="sr-only">: {name}</span>;
  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-4">
      <h2 id={titleId} className="text-lg font-bold break-words">
        {t("cardTitle", { name, job: item.opening.title })}
      </h2>
      {waiting ? null : (
        <p className="self-start rounded-md border-2 border-brand-700 bg-brand-50 px-3 py-1 font-semibold">
          <span aria-hidden="true">{item.status === "APPROVED" ? "✓ " : "✕ "}</span>
          {t(`decided.${decided}`)}
        </p>
      )}
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("citizen")}</dt>
        <dd className="break-words">{t("citizenValue", { name, alias: item.citizen.alias })}</dd>
        <dt className="font-semibold">{t("job")}</dt>
        <dd className="break-words">{item.opening.title}</dd>
        <dt className="font-semibold">{t("company")}</dt>
        <dd className="break-words">{item.opening.employer.name}</dd>
        <dt className="font-semibold">{t("origin")}</dt>
        <dd>{t(`origins.${item.origin}`)}</dd>
        <dt className="font-semibold">{waiting ? t("waitingSince") : t(`decidedOn.${decided}`)}</dt>
        <dd>
          <time dateTime={since.toISOString()}>{formatDate(since, locale)}</time>
        </dd>
        {item.origin === "EMPLOYER" || item.contactRequest ? (
          <>
            <dt className="font-semibold">{t("message")}</dt>
            <dd className="break-words whitespace-pre-line">{item.contactRequest || t("noMessage")}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("score")}</dt>
        <dd>{item.score === null ? t("noScore") : t("scoreValue", { score: item.score })}</dd>
        {item.explanation ? (
          <>
            <dt className="font-semibold">{t("fit")}</dt>
            <dd>{item.explanation.eligible ? t("eligible") : t("notEligible")}</dd>
          </>
        ) : null}
      </dl>
      <ExplanationLists item={item} />
      <Link href={`/consultant/queue/${encodeURIComponent(item.id)}`} className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("openThread")}
        {whom}
      </Link>
      <DecisionForm matchId={item.id} name={name} waiting={waiting} />
    </Card>
  );
}
