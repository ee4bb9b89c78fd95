"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { postMatchMessage } from "@/lib/db/match-messages";
import { formStrings, toFieldErrors } from "@/lib/validation/form";
import { postMessageSchema } from "@/lib/validation/match";

/** A message to the job centre in a match's thread; the match id comes from a hidden input. */
export async function postEmployerMessageAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  const t = await getTranslations("employerMatches");
  const parsed = postMessageSchema.safeParse({ matchId: formData.get("matchId"), body: formData.get("body") ?? "" });
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error, (key) => t(`errors.${key}`));
    if (fieldErrors.matchId) return { ok: false, formError: t("errors.idInvalid") };
    return { ok: false, fieldErrors, values: formStrings(formData) };
  }
  const posted = await postMatchMessage(user, parsed.data.matchId, parsed.data.body, new Date());
  if (!posted) return { ok: false, formError: t("thread.notFound") };
  revalidatePath(`/employer/matches/${parsed.data.matchId}`);
  return { ok: true, message: t("thread.sent") };
}
