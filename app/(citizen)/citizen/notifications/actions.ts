"use server";

import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { markAllReadFor, markReadFor } from "@/lib/notifications/mark-read-action";

// E-mail choices live on /citizen/settings/email; this page only marks notifications read.

export async function markReadAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  return markReadFor(user, formData, "/citizen");
}

export async function markAllReadAction(): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  return markAllReadFor(user, "/citizen");
}
