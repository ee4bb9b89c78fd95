import { getLocale, getTranslations } from "next-intl/server";
import { CheckboxField } from "@/components/ui/form-fields";
import { TagInput } from "@/components/ui/tag-input";
import type { ProfileForEditing } from "@/lib/db/profile";
import { suggestionLabels } from "@/lib/matching";
import { draftKey } from "../steps";
import { StepForm } from "./step-form";

/** Type-ahead suggestions: the taxonomy's labels in her language, the most common first. */
const lang = async () => ((await getLocale()) === "en" ? "en" : "da");

export async function SkillsStep({ profile }: { profile: ProfileForEditing }) {
  const t = await getTranslations("profile.skills");
  const suggestions = suggestionLabels(["skill", "occupation"], await lang());
  return (
    <StepForm step="skills" userId={profile.userId}>
      <TagInput name="skills" label={t("label")} hint={t("hint")} defaultTags={profile.skills} suggestions={suggestions} draftKey={draftKey(profile.userId, "skills")} />
    </StepForm>
  );
}

export async function WishesStep({ profile }: { profile: ProfileForEditing }) {
  const [t, l] = await Promise.all([getTranslations("profile.wishes"), lang()]);
  return (
    <StepForm step="wishes" userId={profile.userId}>
      <TagInput name="wishOccupations" label={t("occupations")} hint={t("occupationsHint")} defaultTags={profile.wishOccupations} suggestions={suggestionLabels(["occupation"], l)} draftKey={draftKey(profile.userId, "wishes")} />
      <TagInput name="wishIndustries" label={t("industries")} hint={t("industriesHint")} defaultTags={profile.wishIndustries} suggestions={suggestionLabels(["industry"], l)} draftKey={draftKey(profile.userId, "wishes")} />
      <CheckboxField name="openToNewField" label={t("openToNewField")} hint={t("openToNewFieldHint")} defaultChecked={profile.openToNewField} />
    </StepForm>
  );
}
