import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/db/audit";
import { saveEmailSettings } from "@/lib/db/email-preferences";
import type { EmailFrequency, JobAgentFrequency, NotificationType } from "@/lib/db/types";
import { settingsPath } from "@/lib/mail/mail-text";
import { emailSettingsInput, emailSettingsSchema } from "@/lib/validation/email-settings";

/**
 * The body of each role's save action (app/(role)/role/settings/email/actions.ts), after the
 * action's own guard: validate, save (an upsert per type, so a double submit saves the same
 * twice), revalidate. A bad value is a forged form: one message for the whole form.
 */
export async function saveEmailSettingsFor(actor: Actor, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("emailSettings");
  const parsed = emailSettingsSchema(actor.role).safeParse(emailSettingsInput(actor.role, formData));
  if (!parsed.success) return { ok: false, formError: t("invalid") };
  const data = parsed.data as { frequencies: Partial<Record<NotificationType, EmailFrequency>>; jobAgent?: JobAgentFrequency };
  await saveEmailSettings(actor, data);
  revalidatePath(settingsPath(actor.role));
  return { ok: true, message: t("saved") };
}
