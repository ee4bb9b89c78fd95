import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/form-fields";
import { requireRole } from "@/lib/auth/guards";
import { getEventForConsultant, listEventSignups } from "@/lib/db/consultant-content";
import { utcToCopenhagenLocal } from "@/lib/validation/content";
import { publishEventAction, updateEventAction } from "../actions";
import { EventFields } from "../event-fields";
import { PublishForm } from "../publish-form";
import { EventSignups } from "./event-signups";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantContent"))("events.title") };
}

/** Edit, publish and see who signed up for one event of the consultant's municipality. */
export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("CONSULTANT");
  const { id } = await params;
  const [event, t] = await Promise.all([getEventForConsultant(user, id), getTranslations("consultantContent")]);
  if (!event) notFound();
  const signups = (await listEventSignups(user, event.id)) ?? [];
  return (
    <div className="flex flex-col gap-6">
      <Link href="/consultant/events" className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("events.back")}
      </Link>
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{event.title}</h1>
      <PublishForm id={event.id} publishedAt={event.publishedAt} action={publishEventAction} />
      <Card aria-labelledby="event-details-title">
        <h2 id="event-details-title" className="mb-3 text-xl font-bold">
          {t("events.details")}
        </h2>
        <ActionForm action={updateEventAction}>
          <input type="hidden" name="id" value={event.id} />
          <EventFields
            defaults={{
              title: event.title,
              description: event.description,
              location: event.location,
              startsAt: utcToCopenhagenLocal(event.startsAt),
              endsAt: event.endsAt ? utcToCopenhagenLocal(event.endsAt) : "",
              capacity: String(event.capacity),
              audience: event.audience,
            }}
          />
          <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        </ActionForm>
      </Card>
      <EventSignups signups={signups} capacity={event.capacity} />
    </div>
  );
}
