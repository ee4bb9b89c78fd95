import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MatchThread } from "@/components/match-thread";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { getQueueMatch } from "@/lib/db/match-queue";
import { listMatchMessages } from "@/lib/db/match-messages";
import { postQueueMessageAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantQueue"))("openThread") };
}

/** One match of the consultant's municipality in any status, and its thread with the company. */
export default async function QueueMatchPage({ params }: { params: Promise<{ matchId: string }> }) {
  const user = await requireRole("CONSULTANT");
  const { matchId } = await params;
  const [match, messages, t] = await Promise.all([getQueueMatch(user, matchId), listMatchMessages(user, matchId), getTranslations("consultantQueue")]);
  if (!match || !messages) notFound();
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
      <MatchThread matchId={match.id} messages={messages} action={postQueueMessageAction} namespace="consultantQueue" />
    </div>
  );
}
