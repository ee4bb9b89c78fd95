import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventCard } from "@/components/content/event-card";
import { PageLinks, pageParam } from "@/components/ui/page-links";
import { requireRole } from "@/lib/auth/guards";
import { listUpcomingEvents } from "@/lib/db/events";
import { cancelSignupAction, signUpAction } from "./actions";

const PAGE_SIZE = 10;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

/** The job centre's upcoming events for companies (audience "Virksomheder" or everyone), 10 a page. */
export default async function EmployerEventsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireRole("EMPLOYER");
  const page = pageParam((await searchParams).page);
  const [rows, t] = await Promise.all([listUpcomingEvents(user, new Date(), { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE + 1 }), getTranslations("events")]);
  const events = rows.slice(0, PAGE_SIZE);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("employerIntro")}</p>
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
      <PageLinks
        current={page}
        hasNext={rows.length > PAGE_SIZE}
        href={(n) => (n > 1 ? `/employer/events?page=${n}` : "/employer/events")}
        labels={{ label: t("pagination.label"), previous: t("pagination.previous"), next: t("pagination.next"), page: t("pagination.page", { page }) }}
      />
    </div>
  );
}
