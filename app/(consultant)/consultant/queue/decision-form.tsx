import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import { decideAction } from "./actions";

/**
 * Approve (with the notes to the citizen and to the company) or reject (with a reason): one form
 * with two decisions, the pressed button sends decision=approve or reject. Used by the queue's
 * cards and by a match's own page. Once decided the form stays mounted without its fields, so
 * the confirmation in its live region is not lost when the page refreshes.
 */
export async function DecisionForm({ matchId, name, waiting }: { matchId: string; name: string; waiting: boolean }) {
  const t = await getTranslations("consultantQueue");
  // Several forms may be on a page: the citizen's name keeps the buttons apart for screen readers.
  const whom = <span className="sr-only">: {name}</span>;
  return (
    <ActionForm action={decideAction} className="grid gap-4 md:grid-cols-2">
      <input type="hidden" name="matchId" value={matchId} />
      {waiting ? (
        <>
          <div className="flex flex-col gap-3">
            <TextAreaField label={t("approve.citizenMessage")} hint={t("approve.citizenHint")} name="citizenMessage" id={`queue-${matchId}-citizen-message`} maxLength={2000} />
            <TextAreaField label={t("approve.employerMessage")} hint={t("approve.employerHint")} name="employerMessage" id={`queue-${matchId}-employer-message`} maxLength={2000} />
            <SubmitButton name="decision" value="approve" pendingLabel={t("approve.sending")}>
              {t("approve.submit")}
              {whom}
            </SubmitButton>
          </div>
          <div className="flex flex-col gap-3">
            <TextAreaField label={t("reject.reason")} hint={t("reject.hint")} name="reason" id={`queue-${matchId}-reason`} maxLength={2000} required />
            <SubmitButton name="decision" value="reject" variant="danger" pendingLabel={t("reject.sending")}>
              {t("reject.submit")}
              {whom}
            </SubmitButton>
          </div>
        </>
      ) : null}
    </ActionForm>
  );
}
