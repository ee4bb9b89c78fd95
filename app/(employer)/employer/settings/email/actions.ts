"use server";

import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { saveEmailSettingsFor } from "@/lib/mail/settings-action";

export async function saveEmailSettingsAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  return saveEmailSettingsFor(user, formData);
}
