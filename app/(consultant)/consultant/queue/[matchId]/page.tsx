import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MatchThread } from "@/components/match-thread";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { getQueueMatch, QUEUED } from "@/lib/db/match-queue";
import { listMatchMessages } from "@/lib/db/match-messages";
import { postQueueMessageAction } from "../actions";
import { DecisionForm } from "../decision-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantQueue"))("openThread") };
}

/**
 * One match of the consultant's municipality in any status, and its thread with the company; a
 * match waiting for a decision can be approved or rejected here with the queue's own form.
 */
export default async function QueueMatchPage({ params }: { params: Promise<{ matchId: string }> }) {
  const user = await requireRole("CONSULTANT");
  const { matchId } = await params;
  const [match, messages, t] = await Promise.all([getQueueMatch(user, matchId), listMatchMessages(user, matchId), getTranslations("consultantQueue")]);
  if (!match || !messages) notFound();
  const waiting = QUEUED.includes(match.status);
  return (
    <div className="flex flex-col gap-6">
      <Link href="/consultant/queue" className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("detail.back")}
      </Link>
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{t("detail.title", { job: match.opening.title })}</h1>
      <Card>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("citizen")}</dt>
          <dd className="break-words">{t("citizenValue", { name: match.citizen.user.name, alias: match.citizen.alias })}</dd>
          <dt className="font-semibold">{t("company")}</dt>
          <dd className="break-words">{match.opening.employer.name}</dd>
          <dt className="font-semibold">{t("origin")}</dt>
          <dd>{t(`origins.${match.origin}`)}</dd>
          <dt className="font-semibold">{t("detail.status")}</dt>
          <dd className="font-semibold">{t(`detail.statuses.${match.status}`)}</dd>
          {match.contactRequest ? (
            <>
              <dt className="font-semibold">{t("message")}</dt>
              <dd className="break-words whitespace-pre-line">{match.contactRequest}</dd>
            </>
          ) : null}
          {match.decisionNote ? (
            <>
              <dt className="font-semibold">{match.status === "REJECTED" ? t("detail.reason") : t("detail.decisionNote")}</dt>
              <dd className="break-words whitespace-pre-line">{match.decisionNote}</dd>
            </>
          ) : null}
          {match.employerNoteOnConsent ? (
            <>
              <dt className="font-semibold">{t("detail.employerNote")}</dt>
              <dd className="break-words whitespace-pre-line">{match.employerNoteOnConsent}</dd>
            </>
          ) : null}
        </dl>
      </Card>
      {/* Kept after a decision (without its fields), so the form's confirmation survives the refresh. */}
      {waiting || match.status === "APPROVED" || match.status === "REJECTED" ? (
        <Card aria-labelledby="queue-decide" className="flex flex-col gap-4">
          <h2 id="queue-decide" className="text-xl font-bold">
            {t("detail.decide")}
          </h2>
          {waiting ? null : <p className="font-semibold">{t(`decided.${match.status === "APPROVED" ? "APPROVED" : "REJECTED"}`)}</p>}
          <DecisionForm matchId={match.id} name={match.citizen.user.name} waiting={waiting} />
        </Card>
      ) : null}
      <MatchThread matchId={match.id} messages={messages} action={postQueueMessageAction} namespace="consultantQueue" />
    </div>
  );
}
