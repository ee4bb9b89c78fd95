"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { postDialogMessage } from "@/lib/db/dialog-post";
import { dialogInvalid, dialogResult, readDialogForm } from "@/lib/dialog/action";
import { consultantDialogMessageSchema } from "@/lib/validation/dialog";

/** A consultant of the citizen's municipality answers in her thread. */
export async function answerDialogAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("dialog");
  const parsed = consultantDialogMessageSchema.safeParse(readDialogForm(formData));
  if (!parsed.success) return dialogInvalid(parsed.error, formData, t);
  const result = await postDialogMessage(user, parsed.data);
  // The whole area: the thread, the caseload's unread column and the badge in the navigation.
  if (result === "ok" || result === "exists") revalidatePath("/consultant", "layout");
  return dialogResult(result, formData, t);
}
