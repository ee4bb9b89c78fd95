import { getTranslations } from "next-intl/server";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";

export type ArticleDefaults = { title: string; summary: string; body: string; videoUrl: string; audience: string };

/** The article form's fields. The body is plain text: a blank line starts a new paragraph. */
export async function ArticleFields({ defaults }: { defaults: ArticleDefaults }) {
  const t = await getTranslations("consultantContent");
  const audiences = (["CITIZENS", "EMPLOYERS", "ALL"] as const).map((a) => ({ value: a, label: t(`audiences.${a}`) }));
  return (
    <>
      <TextField name="title" label={t("articles.fields.title")} defaultValue={defaults.title} maxLength={200} required />
      <TextAreaField name="summary" label={t("articles.fields.summary")} hint={t("articles.fields.summaryHint")} defaultValue={defaults.summary} rows={3} maxLength={500} />
      <TextAreaField name="body" label={t("articles.fields.body")} hint={t("articles.fields.bodyHint")} defaultValue={defaults.body} rows={14} maxLength={20000} />
      <TextField name="videoUrl" type="url" inputMode="url" label={t("articles.fields.videoUrl")} hint={t("articles.fields.videoUrlHint")} defaultValue={defaults.videoUrl} maxLength={500} />
      <SelectField name="audience" label={t("articles.fields.audience")} defaultValue={defaults.audience} options={audiences} />
    </>
  );
}
