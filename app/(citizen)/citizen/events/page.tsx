import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventCard } from "@/components/content/event-card";
import { requireRole } from "@/lib/auth/guards";
import { listUpcomingEvents } from "@/lib/db/events";
import { cancelSignupAction, signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

export default async function CitizenEventsPage() {
  const user = await requireRole("CITIZEN");
  const [events, t] = await Promise.all([listUpcomingEvents(user, new Date()), getTranslations("events")]);
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
              <EventCard event={event} signUpAction={signUpAction} cancelSignupAction={cancelSignupAction} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
