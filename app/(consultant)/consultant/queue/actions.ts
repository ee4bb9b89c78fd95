"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { decideMatch } from "@/lib/db/match-queue";
import { postMatchMessage } from "@/lib/db/match-messages";
import { decisionSchema, matchIdSchema, postMessageSchema } from "@/lib/validation/match";
import { formStrings, toFieldErrors } from "@/lib/validation/form";

/** Approve or reject; the decision comes from a hidden input of the form that was used. */
export async function decideAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantQueue");
  const id = matchIdSchema.safeParse(formData.get("matchId"));
  const decision = formData.get("decision");
  const parsed = decisionSchema.safeParse(
    decision === "reject"
      ? { decision, reason: formData.get("reason") ?? "" }
      : { decision, citizenMessage: formData.get("citizenMessage") ?? "", employerMessage: formData.get("employerMessage") ?? "" },
  );
  if (!id.success) return { ok: false, formError: t("result.invalid") };
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error, (key) => t(`errors.${key}`));
    // A missing or unknown decision is a tampered form, not something the person can fix.
    if (fieldErrors.decision) return { ok: false, formError: t("result.invalid") };
    return { ok: false, fieldErrors, values: formStrings(formData) };
  }
  const outcome = await decideMatch(user, id.data, parsed.data, new Date());
  // No revalidation: the card stays as it is, with this message, until the page is reloaded.
  if (outcome === "already_decided") return { ok: false, formError: t("result.alreadyDecided") };
  if (outcome === "not_found") return { ok: false, formError: t("result.notFound") };
  revalidatePath("/consultant/queue", "layout");
  return { ok: true, message: parsed.data.decision === "approve" ? t("result.approved") : t("result.rejected") };
}

export async function postQueueMessageAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantQueue");
  const parsed = postMessageSchema.safeParse({ matchId: formData.get("matchId"), body: formData.get("body") ?? "" });
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error, (key) => t(`errors.${key}`));
    if (fieldErrors.matchId) return { ok: false, formError: t("result.invalid") };
    return { ok: false, fieldErrors, values: formStrings(formData) };
  }
  const posted = await postMatchMessage(user, parsed.data.matchId, parsed.data.body, new Date());
  if (!posted) return { ok: false, formError: t("thread.notFound") };
  revalidatePath(`/consultant/queue/${parsed.data.matchId}`);
  return { ok: true, message: t("thread.sent") };
}
