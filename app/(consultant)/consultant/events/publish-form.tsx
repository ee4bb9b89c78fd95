import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/actions/result";
import { formatDateTime } from "@/lib/i18n/format";

/** Shows whether an event or article is published, with the one button that switches it. */
export async function PublishForm({
  id,
  publishedAt,
  action,
}: {
  id: string;
  publishedAt: Date | null;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}) {
  const [t, locale] = await Promise.all([getTranslations("consultantContent"), getLocale()]);
  return (
    <Card aria-labelledby="publication-title">
      <h2 id="publication-title" className="mb-3 text-xl font-bold">
        {t("publication")}
      </h2>
      <ActionForm action={action}>
        <p>{publishedAt ? t("publishedText", { date: formatDateTime(publishedAt, locale) }) : t("draftText")}</p>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="publish" value={publishedAt ? "0" : "1"} />
        <SubmitButton variant={publishedAt ? "secondary" : "primary"} pendingLabel={t("publishing")}>
          {publishedAt ? t("unpublish") : t("publish")}
        </SubmitButton>
      </ActionForm>
    </Card>
  );
}
