"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { addFollowUp, completeFollowUp, endPlacement, hire, setRampUpPlan, startPraktik, type PlacementOutcome } from "@/lib/db/placements";
import {
  addFollowUpSchema, completeFollowUpSchema, endSchema, followUpIdSchema, hireSchema, matchIdSchema, planFormSchema, startPraktikSchema,
} from "@/lib/validation/placement";
import { formStrings, toFieldErrors } from "@/lib/validation/form";
import { requestResultsRefresh } from "@/lib/jobs/send";

// The consultant's placement steps. Transitions do not revalidate: the card moves to another
// column, which would unmount the form before its confirmation is shown. The forms navigate to
// the page again instead (successHref), which renders it fresh with the confirmation on top.

type T = Awaited<ReturnType<typeof getTranslations<"pipeline">>>;
type Parsed<S extends z.ZodType> = { ok: true; id: string; data: z.output<S> } | { ok: false; result: ActionResult };

function parse<S extends z.ZodType>(t: T, formData: FormData, idName: string, schema: S, fields: string[]): Parsed<S> {
  const id = (idName === "followUpId" ? followUpIdSchema : matchIdSchema).safeParse(formData.get(idName));
  if (!id.success) return { ok: false, result: { ok: false, formError: t("result.invalid") } };
  const input = Object.fromEntries(fields.map((f) => [f, formData.get(f) ?? ""]));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, result: { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(`errors.${key}`)), values: formStrings(formData) } };
  }
  return { ok: true, id: id.data, data: parsed.data };
}

type Consultant = Parameters<typeof requestResultsRefresh>[0];

/** A praktik, hire or ending changes the results figures: ask for new ones (the job computes them). */
async function outcome(t: T, user: Consultant, result: PlacementOutcome, message: string): Promise<ActionResult> {
  if (result === "not_found") return { ok: false, formError: t("result.notFound") };
  if (result === "wrong_status") return { ok: false, formError: t("result.wrongStatus") };
  await requestResultsRefresh(user);
  return { ok: true, message };
}

export async function startPraktikAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("pipeline");
  const p = parse(t, formData, "matchId", startPraktikSchema, ["startAt", "endAt", "hoursPerWeek", "rampUpPlan"]);
  if (!p.ok) return p.result;
  return outcome(t, user, await startPraktik(user, p.id, p.data, new Date()), t("result.praktikStarted"));
}

export async function hireAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("pipeline");
  const p = parse(t, formData, "matchId", hireSchema, ["startAt", "hoursPerWeek", "rampUpPlan"]);
  if (!p.ok) return p.result;
  return outcome(t, user, await hire(user, p.id, p.data, new Date()), t("result.hired"));
}

export async function endAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("pipeline");
  const p = parse(t, formData, "matchId", endSchema, ["reason"]);
  if (!p.ok) return p.result;
  return outcome(t, user, await endPlacement(user, p.id, p.data, new Date()), t("result.ended"));
}

export async function completeFollowUpAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("pipeline");
  const p = parse(t, formData, "followUpId", completeFollowUpSchema, ["note"]);
  if (!p.ok) return p.result;
  if (!(await completeFollowUp(user, p.id, p.data, new Date()))) return { ok: false, formError: t("result.followUpNotFound") };
  return { ok: true, message: t("result.followUpDone") };
}

export async function addFollowUpAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("pipeline");
  const p = parse(t, formData, "matchId", addFollowUpSchema, ["dueAt", "note"]);
  if (!p.ok) return p.result;
  if (!(await addFollowUp(user, p.id, p.data, new Date()))) return { ok: false, formError: t("result.notFound") };
  revalidatePath("/consultant/pipeline", "layout");
  return { ok: true, message: t("result.followUpAdded") };
}

export async function setPlanAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("pipeline");
  const p = parse(t, formData, "matchId", planFormSchema, ["rampUpPlan"]);
  if (!p.ok) return p.result;
  const plan = p.data.rampUpPlan;
  if (!(await setRampUpPlan(user, p.id, plan))) return { ok: false, formError: t("result.notFound") };
  revalidatePath("/consultant/pipeline", "layout");
  return { ok: true, message: plan ? t("result.planSaved") : t("result.planCleared") };
}
