"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/auth/guards";
import { answerContactRequest } from "@/lib/db/citizen-matches";

// Both values come from the form itself (a hidden id and the pressed button), so a failure here
// means a tampered or stale form.
const answerSchema = z.object({
  matchId: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  accept: z.enum(["yes", "no"]),
});

export async function answerContactRequestAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("matches.answer");
  const parsed = answerSchema.safeParse({ matchId: formData.get("matchId"), accept: formData.get("accept") });
  if (!parsed.success) return { ok: false, formError: t("invalid") };
  const accept = parsed.data.accept === "yes";
  const result = await answerContactRequest(user, parsed.data.matchId, accept, new Date());
  revalidatePath("/citizen/matches");
  revalidatePath("/citizen/jobs", "layout");
  if (result === "not_found") return { ok: false, formError: t("notFound") };
  return { ok: true, message: accept ? t("accepted") : t("declined") };
}
