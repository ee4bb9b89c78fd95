import { getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/ui/form-fields";
import { TagInput } from "@/components/ui/tag-input";
import type { ProfileForEditing } from "@/lib/db/profile";
import { SYNONYM_GROUPS } from "@/lib/matching";
import { draftKey } from "../steps";
import { StepForm } from "./step-form";

/** Type-ahead suggestions: every word of the matching engine's synonym vocabulary. */
const suggestions = [...new Set(SYNONYM_GROUPS.flat())].sort((a, b) => a.localeCompare(b, "da"));

export async function SkillsStep({ profile }: { profile: ProfileForEditing }) {
  const t = await getTranslations("profile.skills");
  return (
    <StepForm step="skills" userId={profile.userId}>
      <TagInput name="skills" label={t("label")} hint={t("hint")} defaultTags={profile.skills} suggestions={suggestions} draftKey={draftKey(profile.userId, "skills")} />
    </StepForm>
  );
}

export async function WishesStep({ profile }: { profile: ProfileForEditing }) {
  const t = await getTranslations("profile.wishes");
  return (
    <StepForm step="wishes" userId={profile.userId}>
      <TagInput name="wishOccupations" label={t("occupations")} hint={t("occupationsHint")} defaultTags={profile.wishOccupations} suggestions={suggestions} draftKey={draftKey(profile.userId, "wishes")} />
      <TagInput name="wishIndustries" label={t("industries")} hint={t("industriesHint")} defaultTags={profile.wishIndustries} suggestions={suggestions} draftKey={draftKey(profile.userId, "wishes")} />
      <CheckboxField name="openToNewField" label={t("openToNewField")} hint={t("openToNewFieldHint")} defaultChecked={profile.openToNewField} />
    </StepForm>
  );
}
