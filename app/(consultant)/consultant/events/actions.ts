"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { createEvent, getEventForConsultant, setEventPublished, updateEvent } from "@/lib/db/consultant-content";
import { contentIdSchema, EVENT_FIELDS, eventSchema, publishSchema, readForm } from "@/lib/validation/content";
import { formStrings, toFieldErrors } from "@/lib/validation/form";

type T = Awaited<ReturnType<typeof getTranslations<"consultantContent">>>;

function refresh() {
  revalidatePath("/consultant/events", "layout");
}

/** Reads and checks the event's fields; a failure is already the action's result. */
function parseEvent(formData: FormData, t: T) {
  const parsed = eventSchema.safeParse(readForm(formData, EVENT_FIELDS));
  if (parsed.success) return { data: parsed.data };
  const failure: ActionResult = {
    ok: false,
    formError: t("errors.fixFields"),
    fieldErrors: toFieldErrors(parsed.error, (key) => t(`errors.${key}` as never)),
    values: formStrings(formData),
  };
  return { failure };
}

/** Saves a new event as a draft, under the id the form chose so it can go to its page next. */
export async function createEventAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantContent");
  const id = contentIdSchema.safeParse(formData.get("id"));
  if (!id.success) return { ok: false, formError: t("errors.idInvalid") };
  const parsed = parseEvent(formData, t);
  if (parsed.failure) return parsed.failure;
  const result = await createEvent(user, id.data, parsed.data);
  if (result === "exists") return { ok: false, formError: t("errors.exists") };
  if (result === "not_found") return { ok: false, formError: t("errors.notFound") };
  refresh();
  return { ok: true, message: t("events.created") };
}

export async function updateEventAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantContent");
  const id = contentIdSchema.safeParse(formData.get("id"));
  if (!id.success) return { ok: false, formError: t("errors.idInvalid") };
  const parsed = parseEvent(formData, t);
  if (parsed.failure) return parsed.failure;
  const result = await updateEvent(user, id.data, parsed.data);
  if (result === "not_found") return { ok: false, formError: t("errors.notFound") };
  if (result === "below_signups") {
    const count = (await getEventForConsultant(user, id.data))?.signupCount ?? parsed.data.capacity + 1;
    const message = t("errors.belowSignups", { count });
    return { ok: false, formError: message, fieldErrors: { capacity: message }, values: formStrings(formData) };
  }
  refresh();
  return { ok: true, message: t("events.saved") };
}

export async function publishEventAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantContent");
  const parsed = publishSchema.safeParse({ id: formData.get("id"), publish: formData.get("publish") });
  if (!parsed.success) return { ok: false, formError: t("errors.idInvalid") };
  if (!(await setEventPublished(user, parsed.data.id, parsed.data.publish, new Date()))) return { ok: false, formError: t("errors.notFound") };
  refresh();
  return { ok: true, message: parsed.data.publish ? t("events.published") : t("events.unpublished") };
}
