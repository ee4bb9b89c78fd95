import { getTranslations } from "next-intl/server";
import { SelectField, TextField } from "@/components/ui/form-fields";
import type { ProfileForEditing } from "@/lib/db/profile";
import { StepForm } from "./step-form";

const remote = ["EITHER", "ONSITE", "REMOTE"] as const;

export async function PlaceStep({ profile }: { profile: ProfileForEditing }) {
  const t = await getTranslations("profile.place");
  return (
    <StepForm step="place" userId={profile.userId}>
      <TextField label={t("postalCode")} hint={t("postalCodeHint")} name="postalCode" defaultValue={profile.postalCode} inputMode="numeric" autoComplete="postal-code" maxLength={4} required className="max-w-40" />
      <TextField label={t("maxCommuteKm")} hint={t("maxCommuteKmHint")} name="maxCommuteKm" defaultValue={profile.maxCommuteKm ?? ""} inputMode="numeric" className="max-w-40" />
      <SelectField label={t("remote")} name="remotePreference" defaultValue={profile.remotePreference} options={remote.map((r) => ({ value: r, label: t(`remoteOptions.${r}`) }))} />
    </StepForm>
  );
}
