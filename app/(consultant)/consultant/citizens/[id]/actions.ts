"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { unlockSignIn } from "@/lib/auth/rate-limit";
import { auditProfileReads } from "@/lib/db/audit";
import { proposeBundle } from "@/lib/db/bundles";
import { addCaseNote } from "@/lib/db/case-notes";
import { citizenSignInEmail } from "@/lib/db/citizen-accounts";
import { handOverCitizen } from "@/lib/db/handovers";
import { bundleProposalSchema } from "@/lib/validation/bundle";
import { idSchema } from "@/lib/validation/common";
import { caseNoteSchema, handoverSchema } from "@/lib/validation/consultant-tools";
import { formStrings, toFieldErrors } from "@/lib/validation/form";

const unlockSchema = z.object({ profileId: idSchema });

// A citizen locked out after too many wrong passwords (perhaps by someone else's guesses) can
// ask her consultant, who lifts the lock at once instead of her waiting up to an hour.
export async function unlockSignInAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("caseload.detail.signInLock");
  const parsed = unlockSchema.safeParse({ profileId: formData.get("profileId") });
  if (!parsed.success) return { ok: false, formError: t("notFound") };
  const email = await citizenSignInEmail(user, parsed.data.profileId);
  if (!email) return { ok: false, formError: t("notFound") };
  await unlockSignIn(email);
  // The audit trail's own writer: one row about her profile, listed in her "who has seen my profile".
  await auditProfileReads(user, "citizen.sign-in.unlocked", [parsed.data.profileId]);
  revalidatePath(`/consultant/citizens/${parsed.data.profileId}`);
  return { ok: true, message: t("unlocked") };
}

// "Foreslå alle N job til borgeren": every job of a bundle suggested to her in one step, each
// asked of her first as a single suggestion is (SUGGESTED). The bundle is checked again on the
// server (still open, still fitting, hours and times together) before anything is written, and
// jobs that already have a match with her are left as they are.
export async function proposeBundleAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("bundles.consultant");
  // The pressed button carries its bundle's opening ids, separated by spaces (ids have none).
  const bundle = formData.get("bundle");
  const parsed = bundleProposalSchema.safeParse({ profileId: formData.get("profileId"), openingIds: typeof bundle === "string" ? bundle.split(" ") : [] });
  if (!parsed.success) return { ok: false, formError: t("problems.size") };
  const result = await proposeBundle(user, parsed.data.profileId, parsed.data.openingIds);
  if (result.outcome === "not_found") return { ok: false, formError: t("notFound") };
  revalidatePath(`/consultant/citizens/${parsed.data.profileId}`);
  if (result.outcome === "invalid") return { ok: false, formError: t(`problems.${result.problem}`) };
  const { created, existing } = result;
  if (created === 0) return { ok: true, message: t("nothingNew") };
  return { ok: true, message: existing === 0 ? t("created", { count: created }) : t("createdSome", { created, existing }) };
}

/** A note in the citizen's journal. Append-only: a correction is a new note. */
export async function addCaseNoteAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantTools");
  const parsed = caseNoteSchema.safeParse({ profileId: formData.get("profileId"), id: formData.get("id"), body: formData.get("body") ?? "" });
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error, (key) => t(`errors.${key}` as never));
    // A bad id is a tampered or stale form, not something the person can fix in the field.
    if (fieldErrors.profileId || fieldErrors.id) return { ok: false, formError: t("errors.notFound") };
    return { ok: false, fieldErrors, values: formStrings(formData) };
  }
  const { profileId, id, body } = parsed.data;
  const result = await addCaseNote(user, profileId, { id, body }, new Date());
  if (result === "not_found") return { ok: false, formError: t("errors.notFound") };
  revalidatePath(`/consultant/citizens/${profileId}`);
  return { ok: true, message: result === "created" ? t("notes.saved") : t("notes.alreadySaved") };
}

/** Hand the citizen over to a colleague of the same municipality. */
export async function handOverAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantTools");
  const parsed = handoverSchema.safeParse({ profileId: formData.get("profileId"), toId: formData.get("toId") ?? "", fromId: formData.get("fromId") ?? "" });
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error, (key) => t(`errors.${key}` as never));
    if (fieldErrors.profileId || fieldErrors.fromId) return { ok: false, formError: t("errors.notFound") };
    return { ok: false, fieldErrors, values: formStrings(formData) };
  }
  const { profileId, toId, fromId } = parsed.data;
  const outcome = await handOverCitizen(user, profileId, toId, fromId, new Date());
  if (outcome === "not_found") return { ok: false, formError: t("errors.notFound") };
  if (outcome === "invalid_target") return { ok: false, fieldErrors: { toId: t("errors.consultantInvalid") }, values: formStrings(formData) };
  revalidatePath(`/consultant/citizens/${profileId}`);
  revalidatePath("/consultant");
  if (outcome === "changed_meanwhile") return { ok: false, formError: t("handover.changedMeanwhile") };
  return { ok: true, message: outcome === "handed_over" ? t("handover.done") : t("handover.unchanged") };
}
