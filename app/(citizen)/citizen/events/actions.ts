"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/auth/guards";
import { cancelEventSignup, signUpForEvent } from "@/lib/db/events";

// The event id comes from a hidden input, so a failure here means a tampered or stale form: one
// plain message is enough.
const eventIdSchema = z.object({ eventId: z.string().trim().min(1).max(100) });

export async function signUpAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("events");
  const parsed = eventIdSchema.safeParse({ eventId: formData.get("eventId") });
  if (!parsed.success) return { ok: false, formError: t("errors.invalidEvent") };
  const result = await signUpForEvent(user, parsed.data.eventId, new Date());
  revalidatePath("/citizen/events");
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

export async function cancelSignupAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("events");
  const parsed = eventIdSchema.safeParse({ eventId: formData.get("eventId") });
  if (!parsed.success) return { ok: false, formError: t("errors.invalidEvent") };
  const cancelled = await cancelEventSignup(user, parsed.data.eventId);
  revalidatePath("/citizen/events");
  return cancelled ? { ok: true, message: t("cancelledMessage") } : { ok: false, formError: t("errors.notSignedUp") };
}
