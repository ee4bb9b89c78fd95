import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/db/audit";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/db/notifications";
import { notificationIdSchema } from "@/lib/validation/notification";

// The body of every role's "mark as read" actions, after the action's own guard. The whole area's
// layout shows the unread count in the navigation, so the area is revalidated as a layout.

export async function markReadFor(user: Actor, formData: FormData, area: string): Promise<ActionResult> {
  const t = await getTranslations("notifications");
  const parsed = notificationIdSchema.safeParse({ id: formData.get("id") ?? "" });
  // A second click on an already read one is true too, so a double submit is no error.
  if (!parsed.success || !(await markNotificationRead(user, parsed.data.id))) return { ok: false, formError: t("notFound") };
  revalidatePath(area, "layout");
  return { ok: true, message: t("markedRead") };
}

export async function markAllReadFor(user: Actor, area: string): Promise<ActionResult> {
  const t = await getTranslations("notifications");
  await markAllNotificationsRead(user);
  revalidatePath(area, "layout");
  return { ok: true, message: t("markedAllRead") };
}
