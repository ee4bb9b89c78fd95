import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import type { PipelineItem } from "@/lib/db/pipeline";
import { formatRampUpPlan } from "@/lib/placements/plan";
import { addFollowUpAction, endAction, hireAction, setPlanAction, startPraktikAction } from "./actions";
import { Disclosure } from "./disclosure";

type Props = { item: PipelineItem; locale: string; doneHref: (done: string, ref: string) => string };

/**
 * The next steps a match can take from where it is. Transitions navigate back to the page
 * (successHref) because the card moves to another column; see actions.ts.
 */
export async function StepForms({ item, locale, doneHref }: Props) {
  const t = await getTranslations("pipeline");
  const id = (field: string) => `pl-${item.id}-${field}`;
  const matchId = <input type="hidden" name="matchId" value={item.id} />;
  // Several cards on the page: the citizen's name keeps the buttons apart for screen readers.
  const whom = <span className="sr-only">: {item.citizen.user.name}</span>;
  const hours = (form: string) => (
    <TextField label={t("forms.hoursPerWeek")} hint={t("forms.hoursHint")} name="hoursPerWeek" id={id(`${form}-hours`)} inputMode="decimal" required />
  );
  const plan = (form: string) => (
    <TextField label={t("forms.rampUpPlan")} hint={t("forms.rampUpHint")} name="rampUpPlan" id={id(`${form}-plan`)} maxLength={300} />
  );
  const s = item.status;
  return (
    <div className="flex flex-col gap-2">
      {s === "CITIZEN_ACCEPTED" ? (
        <Disclosure summary={t("forms.startPraktik")}>
          <ActionForm action={startPraktikAction} successHref={doneHref("praktikStarted", item.id)} className="gap-3">
            {matchId}
            <TextField type="date" label={t("forms.startAt")} name="startAt" id={id("p-start")} required />
            <TextField type="date" label={t("forms.endAt")} name="endAt" id={id("p-end")} required />
            {hours("p")}
            {plan("p")}
            <SubmitButton pendingLabel={t("forms.saving")}>{t("forms.startPraktikSubmit")}{whom}</SubmitButton>
          </ActionForm>
        </Disclosure>
      ) : null}
      {s === "CITIZEN_ACCEPTED" || s === "PRAKTIK" ? (
        <Disclosure summary={t("forms.hire")}>
          <ActionForm action={hireAction} successHref={doneHref("hired", item.id)} className="gap-3">
            {matchId}
            <TextField type="date" label={t("forms.startAt")} name="startAt" id={id("h-start")} required />
            {hours("h")}
            {plan("h")}
            <SubmitButton pendingLabel={t("forms.saving")}>{t("forms.hireSubmit")}{whom}</SubmitButton>
          </ActionForm>
        </Disclosure>
      ) : null}
      {s === "PRAKTIK" || s === "HIRED" ? (
        <Disclosure summary={t("forms.plan")}>
          <ActionForm action={setPlanAction} className="gap-3">
            {matchId}
            <TextField
              label={t("forms.rampUpPlan")} hint={t("forms.planHint")} name="rampUpPlan" id={id("plan")} maxLength={300}
              defaultValue={item.rampUpPlan ? formatRampUpPlan(item.rampUpPlan, locale) : ""}
            />
            <SubmitButton pendingLabel={t("forms.saving")}>{t("forms.planSubmit")}{whom}</SubmitButton>
          </ActionForm>
        </Disclosure>
      ) : null}
      {s !== "ENDED" ? (
        <Disclosure summary={t("forms.addFollowUp")}>
          <ActionForm action={addFollowUpAction} className="gap-3">
            {matchId}
            <TextField type="date" label={t("forms.dueAt")} name="dueAt" id={id("f-due")} required />
            <TextAreaField label={t("forms.note")} name="note" id={id("f-note")} maxLength={2000} required rows={2} />
            <SubmitButton pendingLabel={t("forms.saving")}>{t("forms.addFollowUpSubmit")}{whom}</SubmitButton>
          </ActionForm>
        </Disclosure>
      ) : null}
      {s === "PRAKTIK" || s === "HIRED" ? (
        <Disclosure summary={t("forms.end")}>
          <ActionForm action={endAction} successHref={doneHref("ended", item.id)} className="gap-3">
            {matchId}
            <TextAreaField label={t("forms.reason")} hint={t("forms.reasonHint")} name="reason" id={id("reason")} maxLength={2000} required rows={2} />
            <SubmitButton variant="danger" pendingLabel={t("forms.saving")}>{t("forms.endSubmit")}{whom}</SubmitButton>
          </ActionForm>
        </Disclosure>
      ) : null}
    </div>
  );
}
