import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { listOwnMatches, type OwnMatch } from "@/lib/db/citizen-matches";
import { ContactRequest } from "./contact-request";
import { MatchItem } from "./match-item";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matches"))("title") };
}

/** How long an answered request stays in "waiting for your answer", showing the answer given. */
const ANSWERED_SHOWN_MS = 30 * 60_000;

/** Waiting for an answer, or answered by the citizen a moment ago (so the confirmation stays put). */
function inAnswerSection(match: OwnMatch, now: number): boolean {
  if (match.status === "APPROVED") return true;
  if (match.status !== "CITIZEN_ACCEPTED" && match.status !== "CITIZEN_DECLINED") return false;
  const answer = match.events.findLast((e) => e.fromStatus === "APPROVED" && e.toStatus === match.status);
  return answer !== undefined && now - answer.createdAt.getTime() < ANSWERED_SHOWN_MS;
}

export default async function MyMatchesPage() {
  const user = await requireRole("CITIZEN");
  const [matches, t] = await Promise.all([listOwnMatches(user), getTranslations("matches")]);
  const now = new Date().getTime();
  const answerable = matches.filter((m) => inAnswerSection(m, now));
  // Answered cards stay mounted a moment so their thank-you is not lost, but once nothing waits
  // the section no longer says "waiting for your answer" (the heading follows the answer at once).
  const waiting = answerable.some((m) => m.status === "APPROVED");

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {answerable.length > 0 ? (
        <section aria-labelledby="matches-pending" className="flex flex-col gap-4">
          <h2 id="matches-pending" className="text-xl font-bold">
            {waiting ? t("pending.title") : t("pending.answeredTitle")}
          </h2>
          {waiting ? <p>{t("pending.intro")}</p> : null}
          <ul className="flex flex-col gap-4">
            {answerable.map((m) => (
              <li key={m.id}>
                <ContactRequest match={m} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="matches-all" className="flex flex-col gap-4">
        <h2 id="matches-all" className="text-xl font-bold">
          {t("listTitle")}
        </h2>
        {matches.length === 0 ? (
          <>
            <p>{t("empty")}</p>
            <Link href="/citizen/jobs" className="inline-flex min-h-11 items-center self-start font-semibold">
              {t("jobsLink")}
            </Link>
          </>
        ) : (
          <ul className="flex flex-col gap-4">
            {matches.map((m) => (
              <li key={m.id}>
                <MatchItem match={m} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
