import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, SubmitButton } from "@/components/ui/form-fields";
import { deleteProfileAction } from "../actions";

/** What deleting means, then a confirmation box and the button. */
export async function DeleteProfile({ activeMatches }: { activeMatches: number }) {
  const t = await getTranslations("myData.delete");
  return (
    <div className="flex flex-col gap-4">
      <p>{t("text")}</p>
      <ul className="list-disc pl-6">
        {(["data", "employers", "log", "signOut"] as const).map((key) => (
          <li key={key}>{t(`points.${key}`)}</li>
        ))}
      </ul>
      <p>{t("activeMatches", { count: activeMatches })}</p>
      <p>{t("tipDownload")}</p>
      <p className="font-semibold">{t("doubt")}</p>
      <ActionForm action={deleteProfileAction}>
        <CheckboxField name="confirm" label={t("confirm")} />
        <SubmitButton variant="danger" pendingLabel={t("pending")}>
          {t("button")}
        </SubmitButton>
      </ActionForm>
    </div>
  );
}
