import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/db/audit";
import { cancelEventSignup, signUpForEvent } from "@/lib/db/events";
import { eventIdSchema } from "@/lib/validation/notification";

// The body of the citizen's and the company's sign-up actions, after each action's own guard.
// The event id comes from a hidden input, so a failure here means a tampered or stale form: one
// plain message is enough. Both answers are idempotent: a double click says "already".

export async function signUpFor(user: Actor, formData: FormData, path: string): Promise<ActionResult> {
  const t = await getTranslations("events");
  const parsed = eventIdSchema.safeParse({ eventId: formData.get("eventId") });
  if (!parsed.success) return { ok: false, formError: t("errors.invalidEvent") };
  const result = await signUpForEvent(user, parsed.data.eventId, new Date());
  revalidatePath(path);
  switch (result) {
    case "ok":
      return { ok: true, message: t("signedUpMessage") };
    case "already":
      return { ok: true, message: t("alreadyMessage") };
    case "full":
      return { ok: false, formError: t("errors.full") };
    case "not_found":
      return { ok: false, formError: t("errors.notFound") };
  }
}

export async function cancelSignupFor(user: Actor, formData: FormData, path: string): Promise<ActionResult> {
  const t = await getTranslations("events");
  const parsed = eventIdSchema.safeParse({ eventId: formData.get("eventId") });
  if (!parsed.success) return { ok: false, formError: t("errors.invalidEvent") };
  const cancelled = await cancelEventSignup(user, parsed.data.eventId);
  revalidatePath(path);
  return cancelled ? { ok: true, message: t("cancelledMessage") } : { ok: false, formError: t("errors.notSignedUp") };
}
