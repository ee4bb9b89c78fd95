"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { signOut } from "@/lib/auth";
import { requireRole } from "@/lib/auth/guards";
import { deleteOwnAccount } from "@/lib/db/my-data";
import { checkbox, formStrings, toFieldErrors } from "@/lib/validation/form";

// Deleting cannot be undone, so the citizen must tick the box on purpose.
const deleteSchema = z.object({ confirm: z.literal(true, { error: "confirmRequired" }) });

export async function deleteProfileAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("myData.delete");
  const parsed = deleteSchema.safeParse({ confirm: checkbox(formData, "confirm") });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, t), values: formStrings(formData) };

  if (!(await deleteOwnAccount(user, new Date()))) return { ok: false, formError: t("failed") };

  // The account is gone; end the session too. signOut throws Next's redirect, which must propagate.
  await signOut({ redirectTo: "/goodbye" });
  return { ok: true };
}
