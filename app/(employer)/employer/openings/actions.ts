"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { createOpening, setOpeningStatus, updateOwnOpening } from "@/lib/db/openings";
import { recomputeAfterChange } from "@/lib/jobs/recompute-after-change";
import { formStrings, toFieldErrors } from "@/lib/validation/form";
import { openingIdSchema, openingSchema, readOpeningForm, STATUS_ACTIONS, statusChangeSchema } from "@/lib/validation/opening";

function refresh() {
  revalidatePath("/employer", "layout");
}

type T = Awaited<ReturnType<typeof getTranslations<"openings">>>;

/** Reads and checks the opening's fields; a failure is already the action's result. */
function parseOpening(formData: FormData, t: T) {
  const parsed = openingSchema.safeParse(readOpeningForm(formData));
  if (parsed.success) return { data: parsed.data };
  const failure: ActionResult = {
    ok: false,
    formError: t("errors.fixFields"),
    fieldErrors: toFieldErrors(parsed.error, (key) => t(`errors.${key}` as never)),
    values: formStrings(formData),
  };
  return { failure };
}

/** A new postal code over the company's weekly allowance (lib/db/opening-postal-codes.ts). */
function postalLimited(formData: FormData, t: T, days: number): ActionResult {
  const message = t("errors.postalCodeLimit", { days });
  return { ok: false, formError: message, fieldErrors: { postalCode: message }, values: formStrings(formData) };
}

const createIds = z.object({ id: openingIdSchema, employerId: openingIdSchema });

/** Saves a new opening as a draft. The id comes from the form, so it knows where to go next. */
export async function createOpeningAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  const t = await getTranslations("openings");
  const ids = createIds.safeParse({ id: formData.get("id"), employerId: formData.get("employerId") });
  if (!ids.success) return { ok: false, formError: t("errors.companyInvalid"), fieldErrors: { employerId: t("errors.companyInvalid") }, values: formStrings(formData) };
  const parsed = parseOpening(formData, t);
  if (parsed.failure) return parsed.failure;
  const result = await createOpening(user, ids.data.employerId, parsed.data, { id: ids.data.id });
  if (result === "not_found") return { ok: false, formError: t("errors.companyInvalid"), fieldErrors: { employerId: t("errors.companyInvalid") }, values: formStrings(formData) };
  if (result === "exists") return { ok: false, formError: t("errors.exists") };
  if ("postalLimit" in result) return postalLimited(formData, t, result.postalLimit);
  refresh();
  return { ok: true, message: t("new.saved") };
}

export async function updateOpeningAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  const t = await getTranslations("openings");
  const id = openingIdSchema.safeParse(formData.get("id"));
  if (!id.success) return { ok: false, formError: t("errors.notFound") };
  const parsed = parseOpening(formData, t);
  if (parsed.failure) return parsed.failure;
  const result = await updateOwnOpening(user, id.data, parsed.data);
  if (result === "not_found") return { ok: false, formError: t("errors.notFound") };
  if (result !== "ok") return postalLimited(formData, t, result.postalLimit);
  await recomputeAfterChange({ openingId: id.data });
  refresh();
  return { ok: true, message: t("edit.saved") };
}

/** The button pressed names the step; the lifecycle rules themselves are enforced in lib/db. */
const MESSAGES = { publish: "published", reopen: "reopened", close: "closed", fill: "filled" } as const;

export async function changeOpeningStatusAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  const t = await getTranslations("openings.transitions");
  const parsed = statusChangeSchema.safeParse({ id: formData.get("id"), step: formData.get("step") });
  if (!parsed.success) return { ok: false, formError: t("invalid") };
  const result = await setOpeningStatus(user, parsed.data.id, STATUS_ACTIONS[parsed.data.step], new Date());
  refresh();
  if (result === "not_found") return { ok: false, formError: t("notFound") };
  if (result === "invalid_transition") return { ok: false, formError: t("invalid") };
  return { ok: true, message: t(MESSAGES[parsed.data.step]) };
}
