import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { listEventsForConsultant, type ConsultantEvent } from "@/lib/db/consultant-content";
import { formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantContent"))("events.title") };
}

/** The municipality's events, upcoming first (soonest first), then past ones (latest first). */
export default async function EventsPage() {
  const user = await requireRole("CONSULTANT");
  const [events, t] = await Promise.all([listEventsForConsultant(user), getTranslations("consultantContent")]);
  const now = new Date();
  // An event still running counts as upcoming: it has not been held yet.
  const isPast = (e: ConsultantEvent) => (e.endsAt ?? e.startsAt) < now;
  const upcoming = events.filter((e) => !isPast(e));
  const past = events.filter(isPast).reverse();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("events.title")}</h1>
      <p>{t("events.intro")}</p>
      <Button asChild className="self-start">
        <Link href="/consultant/events/new">{t("events.new")}</Link>
      </Button>
      <EventList id="upcoming" title={t("events.upcoming")} empty={t("events.noUpcoming")} events={upcoming} />
      <EventList id="past" title={t("events.past")} empty={t("events.noPast")} events={past} />
    </div>
  );
}

async function EventList({ id, title, empty, events }: { id: string; title: string; empty: string; events: ConsultantEvent[] }) {
  const [t, locale] = await Promise.all([getTranslations("consultantContent"), getLocale()]);
  return (
    <section aria-labelledby={`events-${id}`} className="flex flex-col gap-4">
      <h2 id={`events-${id}`} className="text-xl font-bold">
        {title}
      </h2>
      {events.length === 0 ? <p>{empty}</p> : null}
      <ul className="flex flex-col gap-4">
        {events.map((e) => (
          <li key={e.id}>
            <Card className="flex flex-col gap-2">
              <h3 className="text-lg font-bold break-words">
                <Link href={`/consultant/events/${e.id}`} className="inline-flex min-h-11 items-center">
                  {e.title}
                </Link>
              </h3>
              <p className="self-start rounded-md border border-gray-500 px-2 py-0.5 text-sm font-semibold">
                {e.publishedAt ? t("state.published") : t("state.draft")}
              </p>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t("events.when")}</dt>
                <dd>{formatDateTime(e.startsAt, locale)}</dd>
                <dt className="font-semibold">{t("events.where")}</dt>
                <dd className="break-words">{e.location}</dd>
                <dt className="font-semibold">{t("audience")}</dt>
                <dd>{t(`audiences.${e.audience}`)}</dd>
              </dl>
              <p>{t("events.seats", { taken: e.signupCount, capacity: e.capacity })}</p>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
