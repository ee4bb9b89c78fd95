"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { requireRole } from "@/lib/auth/guards";
import { markAllNotificationsRead, markNotificationRead, setEmailNotifications } from "@/lib/db/notifications";
import { checkbox } from "@/lib/validation/form";

const idSchema = z.object({ id: z.string().trim().min(1, "notFound").max(100, "notFound") });
const settingsSchema = z.object({ email: z.boolean() });

// The whole citizen layout shows the unread count in the navigation, so revalidate all of it.
const revalidate = () => revalidatePath("/citizen", "layout");

export async function markReadAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("notifications");
  const parsed = idSchema.safeParse({ id: formData.get("id") ?? "" });
  if (!parsed.success) return { ok: false, formError: t("notFound") };
  if (!(await markNotificationRead(user, parsed.data.id))) return { ok: false, formError: t("notFound") };
  revalidate();
  return { ok: true, message: t("markedRead") };
}

export async function markAllReadAction(): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("notifications");
  await markAllNotificationsRead(user);
  revalidate();
  return { ok: true, message: t("markedAllRead") };
}

export async function saveEmailSettingAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  const t = await getTranslations("notifications");
  const parsed = settingsSchema.safeParse({ email: checkbox(formData, "email") });
  if (!parsed.success || !(await setEmailNotifications(user, parsed.data.email))) return { ok: false, formError: t("settings.failed") };
  revalidatePath("/citizen/notifications");
  return { ok: true, message: t(parsed.data.email ? "settings.savedOn" : "settings.savedOff") };
}
