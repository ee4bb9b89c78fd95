import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { listUpcomingEventsForCitizen } from "@/lib/db/events";
import { EventCard } from "./event-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

export default async function CitizenEventsPage() {
  const user = await requireRole("CITIZEN");
  const [events, t] = await Promise.all([listUpcomingEventsForCitizen(user, new Date()), getTranslations("events")]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {events.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
