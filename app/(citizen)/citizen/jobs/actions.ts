"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { expressInterest } from "@/lib/db/citizen-matches";

// The opening id comes from a hidden input, so a failure here means a tampered or stale form.
const interestSchema = z.object({ openingId: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });

export async function interestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("jobs.interest");
  const parsed = interestSchema.safeParse({ openingId: formData.get("openingId") });
  if (!parsed.success) return { ok: false, formError: t("invalid") };
  const result = await expressInterest(user, parsed.data.openingId);
  revalidatePath("/citizen/jobs", "layout");
  revalidatePath("/citizen/matches");
  switch (result.outcome) {
    case "not_found":
      return { ok: false, formError: t("notFound") };
    case "unchanged":
      return { ok: true, message: t("unchanged") };
    default:
      return { ok: true, message: result.consultantNotified ? t("sent") : t("sentNoConsultant") };
  }
}
