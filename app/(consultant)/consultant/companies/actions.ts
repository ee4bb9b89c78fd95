"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { addCompanyNote } from "@/lib/db/consultant-companies";
import { companyNoteSchema } from "@/lib/validation/content";
import { formStrings, toFieldErrors } from "@/lib/validation/form";

export async function addCompanyNoteAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantCompanies");
  const parsed = companyNoteSchema.safeParse({ employerId: formData.get("employerId"), body: formData.get("body") ?? "" });
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error, (key) => t(`errors.${key}` as never));
    // A bad id is a tampered or stale form, not something the person can fix in the field.
    if (fieldErrors.employerId) return { ok: false, formError: t("errors.idInvalid") };
    return { ok: false, fieldErrors, values: formStrings(formData) };
  }
  const added = await addCompanyNote(user, parsed.data.employerId, parsed.data.body, new Date());
  if (!added) return { ok: false, formError: t("errors.notFound") };
  revalidatePath(`/consultant/companies/${parsed.data.employerId}`);
  return { ok: true, message: t("note.saved") };
}
