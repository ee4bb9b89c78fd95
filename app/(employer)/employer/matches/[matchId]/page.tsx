import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MatchThread } from "@/components/match-thread";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { getOwnCompanyMatch } from "@/lib/db/employer-matches";
import { formatDate } from "@/lib/i18n/format";
import { postEmployerMessageAction } from "../actions";
import { ContactDetails } from "../contact-details";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employerMatches"))("open") };
}

/** One of the company's matches: status, contact details once shared, history and the thread. */
export default async function EmployerMatchPage({ params }: { params: Promise<{ matchId: string }> }) {
  const user = await requireRole("EMPLOYER");
  const { matchId } = await params;
  const [match, t, locale] = await Promise.all([getOwnCompanyMatch(user, matchId), getTranslations("employerMatches"), getLocale()]);
  if (!match) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Link href="/employer/matches" className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("detail.back")}
      </Link>
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{t("detail.title", { job: match.opening.title })}</h1>
      <Card className="flex flex-col gap-3">
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("candidate")}</dt>
          <dd className="break-words">{match.citizen.alias}</dd>
          <dt className="font-semibold">{t("status")}</dt>
          <dd className="font-semibold">{t(`statuses.${match.status}`)}</dd>
          <dt className="font-semibold">{t("origin")}</dt>
          <dd>{t(`origins.${match.origin}`)}</dd>
          {match.origin === "EMPLOYER" ? (
            <>
              <dt className="font-semibold">{t("detail.yourMessage")}</dt>
              <dd className="break-words whitespace-pre-line">{match.contactRequest || t("detail.noMessage")}</dd>
            </>
          ) : null}
        </dl>
        {match.identity ? <ContactDetails identity={match.identity} headingId="match-contact" level="h2" /> : <p>{t("anonymous")}</p>}
      </Card>
      <section aria-labelledby="match-history" className="flex flex-col gap-2">
        <h2 id="match-history" className="text-xl font-bold">
          {t("detail.history")}
        </h2>
        {match.events.length === 0 ? (
          <p>{t("detail.noHistory")}</p>
        ) : (
          <ol className="flex flex-col gap-1 border-l-2 border-gray-300 pl-4">
            {match.events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.createdAt.toISOString()}>{formatDate(e.createdAt, locale)}</time>
                {": "}
                {t(`statuses.${e.toStatus}`)}
              </li>
            ))}
          </ol>
        )}
      </section>
      <MatchThread matchId={match.id} messages={match.messages} action={postEmployerMessageAction} namespace="employerMatches" />
    </div>
  );
}
