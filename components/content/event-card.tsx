import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/actions/result";
import type { UpcomingEvent } from "@/lib/db/events";
import { formatEventWhen } from "@/lib/events/format";

export type EventAction = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

/**
 * One event with its seats and the reader's own sign-up (a citizen's or a company member's; each
 * area passes its own guarded actions). The form stays mounted when its action
 * switches between sign-up and cancel, so the result message survives the page refresh after it.
 */
export async function EventCard({ event, signUpAction, cancelSignupAction }: { event: UpcomingEvent; signUpAction: EventAction; cancelSignupAction: EventAction }) {
  const [t, locale] = await Promise.all([getTranslations("events"), getLocale()]);
  const titleId = `event-${event.id}-title`;
  const when = formatEventWhen(event.startsAt, event.endsAt, locale);
  const full = event.seatsLeft === 0;
  // The event's title is in the button's accessible name, so a list of identical buttons is not
  // ambiguous to screen-reader users; the visible text still starts the name (WCAG 2.5.3).
  const forEvent = <span className="sr-only">: {event.title}</span>;

  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-4">
      <h2 id={titleId} className="text-xl font-bold">
        {event.title}
      </h2>
      {event.signedUp ? (
        <p className="self-start rounded-md border-2 border-brand-700 bg-brand-50 px-3 py-2 font-semibold">
          <span aria-hidden="true">✓ </span>
          {t("signedUp")}
        </p>
      ) : null}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>
          <time dateTime={event.startsAt.toISOString()}>{t(`time.${when.kind}`, when)}</time>
        </dd>
        <dt className="font-semibold">{t("where")}</dt>
        <dd className="break-words">{event.location}</dd>
        <dt className="font-semibold">{t("seats")}</dt>
        <dd className={full ? "font-semibold" : undefined}>
          {full ? t("full") : t("seatsLeft", { left: event.seatsLeft, capacity: event.capacity })}
        </dd>
      </dl>
      {event.description ? <p className="whitespace-pre-line">{event.description}</p> : null}
      <ActionForm action={event.signedUp ? cancelSignupAction : signUpAction} className="gap-3">
        <input type="hidden" name="eventId" value={event.id} />
        {event.signedUp ? (
          <SubmitButton variant="secondary" pendingLabel={t("cancelling")}>
            {t("cancel")}
            {forEvent}
          </SubmitButton>
        ) : full ? null : (
          <SubmitButton pendingLabel={t("signingUp")}>
            {t("signUp")}
            {forEvent}
          </SubmitButton>
        )}
      </ActionForm>
    </Card>
  );
}
