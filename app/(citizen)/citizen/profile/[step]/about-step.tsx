import { getTranslations } from "next-intl/server";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import type { ProfileForEditing } from "@/lib/db/profile";
import { StepForm } from "./step-form";

const statuses = ["SEEKING", "EMPLOYED_WANTS_CHANGE", "PAUSED"] as const;

export async function AboutStep({ profile }: { profile: ProfileForEditing }) {
  const t = await getTranslations("profile.about");
  const status = (statuses as readonly string[]).includes(profile.status) ? profile.status : "SEEKING";
  return (
    <StepForm step="about" userId={profile.userId}>
      <TextField label={t("headline")} hint={t("headlineHint")} name="headline" defaultValue={profile.headline} maxLength={120} required />
      <TextAreaField label={t("summary")} hint={t("summaryHint")} name="summary" defaultValue={profile.summary} maxLength={1500} />
      <SelectField label={t("status")} name="status" defaultValue={status} options={statuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
    </StepForm>
  );
}
