"use server";

import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { markAllReadFor, markReadFor } from "@/lib/notifications/mark-read-action";

export async function markReadAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  return markReadFor(user, formData, "/employer");
}

export async function markAllReadAction(): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  return markAllReadFor(user, "/employer");
}
