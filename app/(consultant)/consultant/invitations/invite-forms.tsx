import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import { CITIZEN_INVITATION_DAYS, MAX_CSV_ROWS } from "@/lib/validation/invitation";
import { CsvReport, InviteLinkResult } from "./action-results";
import { inviteCitizenAction, inviteCsvAction } from "./actions";

/** One citizen's name and e-mail. */
export async function SingleInviteForm() {
  const t = await getTranslations("consultantInvitations.single");
  return (
    <ActionForm action={inviteCitizenAction}>
      <p>{t("intro", { days: CITIZEN_INVITATION_DAYS })}</p>
      <TextField label={t("name")} name="name" autoComplete="off" required maxLength={120} />
      <TextField label={t("email")} name="email" type="email" autoComplete="off" required maxLength={254} />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      <InviteLinkResult />
    </ActionForm>
  );
}

/** A pasted list, or a CSV file, invited in one go with a line-by-line report. */
export async function CsvInviteForm() {
  const t = await getTranslations("consultantInvitations.csv");
  return (
    <ActionForm action={inviteCsvAction}>
      <p>{t("intro", { max: MAX_CSV_ROWS })}</p>
      <TextAreaField label={t("label")} name="csv" hint={t("hint")} rows={8} className="font-mono text-sm" />
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-csv-file" className="font-semibold">
          {t("file")}
        </label>
        <p id="invite-csv-file-hint" className="text-sm text-gray-700">
          {t("fileHint")}
        </p>
        <input
          id="invite-csv-file"
          type="file"
          name="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby="invite-csv-file-hint"
          className="min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base"
        />
      </div>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      <CsvReport />
    </ActionForm>
  );
}
