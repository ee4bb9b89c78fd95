"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { createArticle, setArticlePublished, updateArticle } from "@/lib/db/consultant-content";
import { ARTICLE_FIELDS, articleSchema, contentIdSchema, publishSchema, readForm } from "@/lib/validation/content";
import { formStrings, toFieldErrors } from "@/lib/validation/form";

type T = Awaited<ReturnType<typeof getTranslations<"consultantContent">>>;

function refresh() {
  revalidatePath("/consultant/articles", "layout");
}

/** Reads and checks the article's fields; a failure is already the action's result. */
function parseArticle(formData: FormData, t: T) {
  const parsed = articleSchema.safeParse(readForm(formData, ARTICLE_FIELDS));
  if (parsed.success) return { data: parsed.data };
  const failure: ActionResult = {
    ok: false,
    formError: t("errors.fixFields"),
    fieldErrors: toFieldErrors(parsed.error, (key) => t(`errors.${key}` as never)),
    values: formStrings(formData),
  };
  return { failure };
}

/** Saves a new article as a draft, under the id the form chose so it can go to its page next. */
export async function createArticleAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantContent");
  const id = contentIdSchema.safeParse(formData.get("id"));
  if (!id.success) return { ok: false, formError: t("errors.idInvalid") };
  const parsed = parseArticle(formData, t);
  if (parsed.failure) return parsed.failure;
  const result = await createArticle(user, id.data, parsed.data);
  if (result === "exists") return { ok: false, formError: t("errors.exists") };
  if (result === "not_found") return { ok: false, formError: t("errors.notFound") };
  refresh();
  return { ok: true, message: t("articles.created") };
}

export async function updateArticleAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantContent");
  const id = contentIdSchema.safeParse(formData.get("id"));
  if (!id.success) return { ok: false, formError: t("errors.idInvalid") };
  const parsed = parseArticle(formData, t);
  if (parsed.failure) return parsed.failure;
  if (!(await updateArticle(user, id.data, parsed.data))) return { ok: false, formError: t("errors.notFound") };
  refresh();
  return { ok: true, message: t("articles.saved") };
}

export async function publishArticleAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantContent");
  const parsed = publishSchema.safeParse({ id: formData.get("id"), publish: formData.get("publish") });
  if (!parsed.success) return { ok: false, formError: t("errors.idInvalid") };
  if (!(await setArticlePublished(user, parsed.data.id, parsed.data.publish, new Date()))) return { ok: false, formError: t("errors.notFound") };
  refresh();
  return { ok: true, message: parsed.data.publish ? t("articles.published") : t("articles.unpublished") };
}
