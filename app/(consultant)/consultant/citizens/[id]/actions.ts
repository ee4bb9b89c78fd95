"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/auth/guards";
import { unlockSignIn } from "@/lib/auth/rate-limit";
import { auditProfileReads } from "@/lib/db/audit";
import { citizenSignInEmail } from "@/lib/db/citizen-accounts";
import { idSchema } from "@/lib/validation/common";

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
