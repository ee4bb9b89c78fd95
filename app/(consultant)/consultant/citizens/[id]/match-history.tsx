import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CitizenFile } from "@/lib/db/caseload";
import { EVENT_NOTE_MARKERS } from "@/lib/db/match-event-notes";
import { formatDate } from "@/lib/i18n/format";

/** Every match of the citizen with its status history, notes included (the consultant's view). */
export async function MatchHistory({ matches, locale }: { matches: CitizenFile["matches"]; locale: string }) {
  const t = await getTranslations("caseload.detail");
  const tc = await getTranslations("caseload");
  return (
    <Card aria-labelledby="citizen-matches">
      <h2 id="citizen-matches" className="mb-3 text-xl font-bold">
        {t("matchesTitle")}
      </h2>
      {matches.length === 0 ? (
        <p>{t("noMatches")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-gray-200">
          {matches.map((match) => (
            <li key={match.id} className="flex flex-col gap-2 py-3">
              <h3 className="text-lg font-bold break-words">{t("matchTitle", { job: match.opening.title, company: match.opening.employer.name })}</h3>
              <p className="font-semibold">{tc(`matchStatuses.${match.status}`)}</p>
              {match.events.length > 0 ? (
                <>
                  <h4 className="font-semibold">{t("historyTitle")}</h4>
                  <ol className="flex list-decimal flex-col gap-1 pl-6">
                    {match.events.map((event) => {
                      const values = { date: formatDate(event.createdAt, locale), status: tc(`matchStatuses.${event.toStatus}`) };
                      return (
                        <li key={event.id} className="break-words">
                          {event.actor
                            ? t("eventBy", { ...values, who: t("viewer", { name: event.actor.name, role: t(`roles.${event.actor.role}`) }) })
                            : t("eventNoActor", values)}
                          {event.note ? <span className="block whitespace-pre-line text-gray-800">{EVENT_NOTE_MARKERS[event.note] ? t(`eventMarkers.${EVENT_NOTE_MARKERS[event.note]}`) : event.note}</span> : null}
                        </li>
                      );
                    })}
                  </ol>
                </>
              ) : null}
              <Link href={`/consultant/queue/${match.id}`} className="inline-flex min-h-11 items-center self-start font-semibold">
                {t("openMatch")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
