import type { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import type { PostDialogResult } from "@/lib/db/dialog-post";
import { formStrings, toFieldErrors } from "@/lib/validation/form";

// What the citizen's and the consultant's dialog actions share: reading the form and turning a
// failed parse or the post's result into the one ActionResult shape, in the reader's language.

type T = Awaited<ReturnType<typeof getTranslations<"dialog">>>;

export function readDialogForm(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return { id: text("id"), profileId: text("profileId"), body: text("body"), matchId: text("matchId") };
}

/** A failed parse: a bad id is a stale or forged page (said at the form), the rest at the field. */
export function dialogInvalid(error: z.ZodError, formData: FormData, t: T): ActionResult {
  const values = formStrings(formData);
  if (error.issues.some((i) => i.path[0] === "id" || i.path[0] === "profileId")) return { ok: false, formError: t("errors.idInvalid"), values };
  return { ok: false, formError: t("errors.fixFields"), fieldErrors: toFieldErrors(error, (key) => t(`errors.${key}` as never)), values };
}

/** The post's result. A double submit ("exists") is a success: the message is there once. */
export function dialogResult(result: PostDialogResult, formData: FormData, t: T): ActionResult {
  if (result === "ok") return { ok: true, message: t("form.sent") };
  if (result === "exists") return { ok: true, message: t("form.alreadySent") };
  if (result === "bad_match") return { ok: false, formError: t("errors.fixFields"), fieldErrors: { matchId: t("errors.badMatch") }, values: formStrings(formData) };
  return { ok: false, formError: t("errors.notFound"), values: formStrings(formData) };
}
