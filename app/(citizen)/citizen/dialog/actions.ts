"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { postDialogMessage } from "@/lib/db/dialog-post";
import { dialogInvalid, dialogResult, readDialogForm } from "@/lib/dialog/action";
import { dialogMessageSchema } from "@/lib/validation/dialog";

/** The citizen writes to the job centre in her own thread. */
export async function sendDialogMessageAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("dialog");
  const parsed = dialogMessageSchema.safeParse(readDialogForm(formData));
  if (!parsed.success) return dialogInvalid(parsed.error, formData, t);
  const result = await postDialogMessage(user, parsed.data);
  // The whole area: the thread, and the badge in the navigation.
  if (result === "ok" || result === "exists") revalidatePath("/citizen", "layout");
  return dialogResult(result, formData, t);
}
