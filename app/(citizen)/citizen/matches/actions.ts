"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { idSchema } from "@/lib/validation/common";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { answerContactRequest, withdrawConsent } from "@/lib/db/citizen-matches";
import { answerSuggestion } from "@/lib/db/job-proposals";

// The id and the answer come from the form itself (a hidden id and the pressed button), so a
// failure there means a tampered or stale form. Sharing her name, e-mail and phone is asked
// twice: the button, and the box in the same form ("confirm").
const answerSchema = z.discriminatedUnion("accept", [
  z.object({ matchId: idSchema, accept: z.literal("yes"), confirm: z.literal("on", "confirmRequired") }),
  z.object({ matchId: idSchema, accept: z.literal("no") }),
]);

export async function answerContactRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("matches.answer");
  const parsed = answerSchema.safeParse({ matchId: formData.get("matchId"), accept: formData.get("accept"), confirm: formData.get("confirm") ?? undefined });
  if (!parsed.success) {
    const unconfirmed = parsed.error.issues.every((i) => i.path[0] === "confirm");
    return unconfirmed ? { ok: false, fieldErrors: { confirm: t("confirmRequired") } } : { ok: false, formError: t("invalid") };
  }
  const accept = parsed.data.accept === "yes";
  const result = await answerContactRequest(user, parsed.data.matchId, accept, new Date());
  revalidatePath("/citizen/matches");
  revalidatePath("/citizen/jobs", "layout");
  if (result === "not_found") return { ok: false, formError: t("notFound") };
  return { ok: true, message: accept ? t("accepted") : t("declined") };
}

const withdrawSchema = z.object({ matchId: idSchema });

/** "Træk mit ja tilbage": the company can no longer see her name and contact details. */
export async function withdrawConsentAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("matches.answer");
  const parsed = withdrawSchema.safeParse({ matchId: formData.get("matchId") });
  if (!parsed.success) return { ok: false, formError: t("invalid") };
  const result = await withdrawConsent(user, parsed.data.matchId, new Date());
  revalidatePath("/citizen/matches");
  if (result === "not_found") return { ok: false, formError: t("notFound") };
  return { ok: true, message: t("withdrawn") };
}

const suggestionSchema = z.object({ matchId: idSchema, answer: z.enum(["yes", "no"]) });

/** Her answer to a job her consultant proposed: yes goes to the job centre for approval. */
export async function answerSuggestionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("matches.suggestion");
  const parsed = suggestionSchema.safeParse({ matchId: formData.get("matchId"), answer: formData.get("answer") });
  if (!parsed.success) return { ok: false, formError: t("notFound") };
  const interested = parsed.data.answer === "yes";
  const result = await answerSuggestion(user, parsed.data.matchId, interested, new Date());
  revalidatePath("/citizen/matches");
  revalidatePath("/citizen/jobs", "layout");
  if (result === "not_found") return { ok: false, formError: t("notFound") };
  return { ok: true, message: interested ? t("interested") : t("declined") };
}
