"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { requestContact } from "@/lib/db/contact-requests";
import { cleanString } from "@/lib/validation/common";
import { formStrings, toFieldErrors } from "@/lib/validation/form";

// The company's reference to the candidate (lib/privacy/pseudonyms.ts), from the card.
const candidateRef = z.string().trim().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/);
const schema = z.object({
  candidate: candidateRef,
  openingId: z.string().trim().min(1, "openingRequired").max(64, "openingRequired").regex(/^[A-Za-z0-9_-]+$/, "openingRequired"),
  message: cleanString().trim().min(1, "messageRequired").max(1000, "messageTooLong"),
});

/** "Ask for contact": a message to the job center about one candidate and one open opening. */
export async function requestContactAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  const t = await getTranslations("candidates.detail");
  const parsed = schema.safeParse({ candidate: formData.get("candidate"), openingId: formData.get("openingId") ?? "", message: formData.get("message") ?? "" });
  if (!parsed.success) {
    // A bad hidden id is a stale or tampered form; the visible fields get their own messages.
    if (parsed.error.issues.some((i) => i.path[0] === "candidate")) return { ok: false, formError: t("invalid") };
    return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(`errors.${key}`)), values: formStrings(formData) };
  }
  const result = await requestContact(user, parsed.data);
  revalidatePath("/employer/matches");
  switch (result.outcome) {
    case "not_found":
      return { ok: false, formError: t("notFound"), values: formStrings(formData) };
    case "exists":
      return { ok: true, message: result.status === "EMPLOYER_INTERESTED" ? t("already") : t("exists") };
    default:
      return { ok: true, message: result.consultantNotified ? t("sent") : t("sentNoConsultant") };
  }
}
