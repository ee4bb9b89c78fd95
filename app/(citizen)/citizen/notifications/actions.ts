"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/auth/guards";
import { setEmailNotifications } from "@/lib/db/notifications";
import { markAllReadFor, markReadFor } from "@/lib/notification-actions";
import { checkbox } from "@/lib/validation/form";

const settingsSchema = z.object({ email: z.boolean() });

export async function markReadAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  return markReadFor(user, formData, "/citizen");
}

export async function markAllReadAction(): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  return markAllReadFor(user, "/citizen");
}

export async function saveEmailSettingAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("notifications");
  const parsed = settingsSchema.safeParse({ email: checkbox(formData, "email") });
  if (!parsed.success || !(await setEmailNotifications(user, parsed.data.email))) return { ok: false, formError: t("settings.failed") };
  revalidatePath("/citizen/notifications");
  return { ok: true, message: t(parsed.data.email ? "settings.savedOn" : "settings.savedOff") };
}
