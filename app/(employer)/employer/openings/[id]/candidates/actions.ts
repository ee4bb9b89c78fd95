"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { offerAccommodation } from "@/lib/db/opening-unlock";
import { accommodationLabel } from "@/lib/matching";
import { checkbox } from "@/lib/validation/form";

// The ids come from hidden inputs, so a failure there means a tampered or stale form.
const schema = z.object({
  openingId: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  code: z.string().trim().min(1).max(64).regex(/^[a-z_]+$/),
});

// Adding a need changes what the opening promises every candidate, so the employer confirms that
// the workplace can offer it: no one-click change of the opening.
const confirmSchema = z.literal(true);

/** The unlock advice's change, once confirmed: add the suggested accommodation to the opening. */
export async function offerAccommodationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  const [t, locale] = await Promise.all([getTranslations("candidates.advice"), getLocale()]);
  const parsed = schema.safeParse({ openingId: formData.get("openingId"), code: formData.get("code") });
  if (!parsed.success) return { ok: false, formError: t("invalid") };
  const confirmed = confirmSchema.safeParse(checkbox(formData, "confirm"));
  if (!confirmed.success) return { ok: false, fieldErrors: { confirm: t("confirmRequired") } };
  const { openingId, code } = parsed.data;
  const outcome = await offerAccommodation(user, openingId, code);
  if (outcome === "invalid_code") return { ok: false, formError: t("invalid") };
  if (outcome === "not_found") return { ok: false, formError: t("notFound") };
  revalidatePath(`/employer/openings/${openingId}`);
  revalidatePath(`/employer/openings/${openingId}/candidates`);
  const label = accommodationLabel(code)[locale === "en" ? "en" : "da"];
  return { ok: true, message: outcome === "added" ? t("added", { label }) : t("already", { label }) };
}
