import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/ui/form-fields";
import type { ProfileForEditing } from "@/lib/db/profile";
import { StepForm } from "./step-form";

export async function VisibilityStep({ profile }: { profile: ProfileForEditing }) {
  const t = await getTranslations("profile.visibility");
  return (
    <StepForm step="visibility" userId={profile.userId}>
      <CheckboxField name="visibleToEmployers" label={t("visible")} hint={t("visibleHint")} defaultChecked={profile.visibleToEmployers} />
      <CheckboxField name="summaryShareable" label={t("summaryShareable")} hint={t("summaryShareableHint")} defaultChecked={profile.summaryShareable} />
      <CheckboxField name="showEmployerNames" label={t("showEmployerNames")} hint={t("showEmployerNamesHint")} defaultChecked={profile.showEmployerNames} />
      <p>
        <Link href="/citizen/profile/preview">{t("previewLink")}</Link>
      </p>
    </StepForm>
  );
}
