"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { addEducation, addExperience, ownProfileId, removeEntry, saveProfileStep } from "@/lib/db/profile";
import { recomputeAfterChange } from "@/lib/jobs/recompute-after-change";
import { educationSchema, experienceSchema } from "@/lib/validation/profile";
import { formStrings, toFieldErrors } from "@/lib/validation/form";
import { parseStep } from "./parse-step";
import { STEPS, stepNumber } from "./steps";

const stepSchema = z.enum(STEPS);

function refresh() {
  revalidatePath("/citizen", "layout");
}

/** Saves one wizard step (bound to the step by the page). */
export async function saveStepAction(step: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("profile");
  const parsedStep = stepSchema.safeParse(step);
  if (!parsedStep.success) return { ok: false, formError: t("errors.unknownStep") };
  const parsed = parseStep(parsedStep.data, formData);
  if (!parsed.success) {
    const errors = toFieldErrors(parsed.error, (key) => t(`errors.${key}`));
    const rename = parsed.rename;
    const fieldErrors = rename ? Object.fromEntries(Object.entries(errors).flatMap(([key, message]) => {
          const name = rename(key);
          return name === null ? [] : [[name, message]];
        })) : errors;
    return { ok: false, formError: t("errors.fixFields"), fieldErrors, values: formStrings(formData) };
  }
  const last = parsedStep.data === STEPS[STEPS.length - 1];
  const saved = await saveProfileStep(user, parsed.value, stepNumber(parsedStep.data), last ? new Date() : null);
  if (!saved) return { ok: false, formError: t("errors.noProfile") };
  const profileId = await ownProfileId(user);
  if (profileId) await recomputeAfterChange({ profileId });
  refresh();
  return { ok: true, message: t(last ? "finished" : "saved") };
}

export async function addExperienceAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("profile");
  const values = formStrings(formData);
  const parsed = experienceSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: t("errors.fixFields"), fieldErrors: toFieldErrors(parsed.error, (k) => t(`errors.${k}`)), values };
  if (!(await addExperience(user, parsed.data))) return { ok: false, formError: t("errors.noProfile") };
  refresh();
  return { ok: true, message: t("experience.added", { title: parsed.data.title }) };
}

export async function addEducationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("profile");
  const values = formStrings(formData);
  const parsed = educationSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: t("errors.fixFields"), fieldErrors: toFieldErrors(parsed.error, (k) => t(`errors.${k}`)), values };
  if (!(await addEducation(user, parsed.data))) return { ok: false, formError: t("errors.noProfile") };
  refresh();
  return { ok: true, message: t("education.added", { title: parsed.data.title }) };
}

const removeSchema = z.object({ kind: z.enum(["experience", "education"]), id: z.string().min(1).max(64) });

export async function removeEntryAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("profile");
  const parsed = removeSchema.safeParse({ kind: formData.get("kind"), id: formData.get("id") });
  if (!parsed.success || !(await removeEntry(user, parsed.data.kind, parsed.data.id))) return { ok: false, formError: t("errors.entryGone") };
  refresh();
  return { ok: true, message: t("entryRemoved") };
}
