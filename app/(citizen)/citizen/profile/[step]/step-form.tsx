import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import { saveStepAction } from "../actions";
import { draftKey, nextHref, previousHref, STEPS, type Step } from "../steps";

/** One wizard step's form: saves the step, keeps a draft in the browser, then moves on. */
export async function StepForm({ step, userId, children }: { step: Step; userId: string; children: React.ReactNode }) {
  const t = await getTranslations("profile");
  const last = step === STEPS[STEPS.length - 1];
  const previous = previousHref(step);
  return (
    <ActionForm action={saveStepAction.bind(null, step)} draftKey={draftKey(userId, step)} successHref={nextHref(step)}>
      {children}
      <StepButtons label={last ? t("saveAndFinish") : t("saveAndNext")} pending={t("saving")} previous={previous} back={t("back")} />
    </ActionForm>
  );
}

export function StepButtons({ label, pending, previous, back }: { label: string; pending: string; previous: string | null; back: string }) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <SubmitButton pendingLabel={pending}>{label}</SubmitButton>
      {previous ? (
        <Link href={previous} className="inline-flex min-h-11 items-center">
          {back}
        </Link>
      ) : null}
    </div>
  );
}
