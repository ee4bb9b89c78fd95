"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { proposeJob } from "@/lib/db/job-proposals";
import { proposeJobSchema } from "@/lib/validation/consultant-tools";

// "Foreslå jobbet": the pressed button carries the job's id. The job is checked again on the
// server (still open, within her commute), and a job she already has a match with is left as it is.
export async function proposeJobAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantTools.propose");
  const parsed = proposeJobSchema.safeParse({ profileId: formData.get("profileId"), openingId: formData.get("openingId") });
  if (!parsed.success) return { ok: false, formError: t("result.not_found") };
  const result = await proposeJob(user, parsed.data.profileId, parsed.data.openingId, new Date());
  if (result.outcome === "not_found" || result.outcome === "closed" || result.outcome === "out_of_reach") return { ok: false, formError: t(`result.${result.outcome}`) };
  revalidatePath(`/consultant/citizens/${parsed.data.profileId}`, "layout");
  if (result.outcome === "exists") return { ok: true, message: t("result.exists") };
  return { ok: true, message: t("result.proposed") };
}
