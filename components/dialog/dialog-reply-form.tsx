import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/actions/result";
import type { DialogView } from "@/lib/db/dialog";
import { DIALOG_MESSAGE_MAX } from "@/lib/validation/dialog";

type Props = {
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
  /** A new record id per render (newRecordId): a double submit saves the message once. */
  messageId: string;
  reader: "CITIZEN" | "CONSULTANT";
  view: DialogView;
  draftKey: string;
};

/** The reply form under the thread; what is typed is kept in the browser until it is sent. */
export async function DialogReplyForm({ action, messageId, reader, view, draftKey }: Props) {
  const t = await getTranslations("dialog.form");
  const options = [
    { value: "", label: t("aboutNone") },
    ...view.matchOptions.map((m) => ({ value: m.id, label: t("aboutOption", { title: m.title, employer: m.employerName }) })),
  ];
  return (
    <section aria-labelledby="dialog-reply-title" id="dialog-reply" className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
      <h2 id="dialog-reply-title" className="text-xl font-bold">
        {reader === "CITIZEN" ? t("titleCitizen") : t("titleConsultant")}
      </h2>
      <ActionForm action={action} draftKey={draftKey}>
        <input type="hidden" name="id" value={messageId} />
        {reader === "CONSULTANT" ? <input type="hidden" name="profileId" value={view.profileId} /> : null}
        <TextAreaField name="body" label={t("body")} hint={t("bodyHint")} rows={6} maxLength={DIALOG_MESSAGE_MAX} />
        {view.matchOptions.length > 0 ? (
          <SelectField name="matchId" label={reader === "CITIZEN" ? t("about") : t("aboutConsultant")} options={options} defaultValue="" />
        ) : (
          <input type="hidden" name="matchId" value="" />
        )}
        <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
