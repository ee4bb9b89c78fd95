import { getTranslations } from "next-intl/server";
import { EventCard, type EventAction } from "@/components/content/event-card";
import { ContentPageLinks } from "@/components/content/content-page-links";
import type { Actor } from "@/lib/db/audit";
import { listUpcomingEvents } from "@/lib/db/events";

export const CONTENT_PAGE_SIZE = 10;

type Props = { actor: Actor; page: number; basePath: string; intro: "intro" | "employerIntro"; signUpAction: EventAction; cancelSignupAction: EventAction };

/**
 * The events page for citizens and companies alike: what the actor may see (lib/db/events decides),
 * 10 a page by reading one row more than the page, with the role's own intro and sign-up actions.
 */
export async function EventsPage({ actor, page, basePath, intro, signUpAction, cancelSignupAction }: Props) {
  const [rows, t] = await Promise.all([listUpcomingEvents(actor, new Date(), { skip: (page - 1) * CONTENT_PAGE_SIZE, take: CONTENT_PAGE_SIZE + 1 }), getTranslations("events")]);
  const events = rows.slice(0, CONTENT_PAGE_SIZE);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t(intro)}</p>
      {events.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} signUpAction={signUpAction} cancelSignupAction={cancelSignupAction} />
            </li>
          ))}
        </ul>
      )}
      <ContentPageLinks namespace="events" page={page} hasNext={rows.length > CONTENT_PAGE_SIZE} basePath={basePath} />
    </div>
  );
}
