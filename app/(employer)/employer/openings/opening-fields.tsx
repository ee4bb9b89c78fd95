import { getLocale, getTranslations } from "next-intl/server";
import { AccommodationChecklist } from "@/components/accommodation-checklist";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { TagInput } from "@/components/ui/tag-input";
import { WeekGrid } from "@/components/week-grid";
import { suggestionLabels } from "@/lib/matching";

/** What the form starts with, as the inputs show it (hours with a Danish comma). */
export type OpeningDefaults = {
  employerId: string;
  title: string;
  description: string;
  tasks: string[];
  requiredSkills: string[];
  preferredSkills: string[];
  occupation: string;
  industry: string;
  hoursMin: string;
  hoursMax: string;
  schedule: string[];
  accommodations: string[];
  postalCode: string;
  remotePossible: boolean;
  positions: string;
};

/** companies: only when creating (the company to create it for); editing keeps the company. */
type Props = { defaults: OpeningDefaults; draftKey: string; companies?: { id: string; name: string }[] };

export const formatFormHours = (n: number, locale: string) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "da-DK").format(n);

/**
 * Every field of an opening, for both "Opret stilling" and "Ret stilling". Must sit inside an
 * <ActionForm> with the same draftKey (the tag lists keep their own part of the draft).
 */
export async function OpeningFields({ defaults, draftKey, companies }: Props) {
  const t = await getTranslations("openings.form");
  // The taxonomy's skill and occupation labels in the reader's language, most related-to first.
  const suggestions = suggestionLabels(["skill", "occupation"], (await getLocale()) === "en" ? "en" : "da");
  return (
    <>
      {companies && companies.length > 1 ? (
        <SelectField label={t("company")} name="employerId" defaultValue={defaults.employerId} options={companies.map((c) => ({ value: c.id, label: c.name }))} />
      ) : companies ? (
        <input type="hidden" name="employerId" value={defaults.employerId} />
      ) : null}

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-bold">{t("aboutLegend")}</legend>
        <TextField label={t("title")} hint={t("titleHint")} name="title" defaultValue={defaults.title} maxLength={120} required />
        <TextAreaField label={t("description")} hint={t("descriptionHint")} name="description" defaultValue={defaults.description} rows={5} maxLength={4000} />
        <TextAreaField label={t("tasks")} hint={t("tasksHint")} name="tasks" defaultValue={defaults.tasks.join("\n")} rows={5} />
        <TextField label={t("occupation")} hint={t("occupationHint")} name="occupation" defaultValue={defaults.occupation} maxLength={120} />
        <TextField label={t("industry")} hint={t("industryHint")} name="industry" defaultValue={defaults.industry} maxLength={120} />
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-bold">{t("skillsLegend")}</legend>
        <TagInput name="requiredSkills" label={t("requiredSkills")} hint={t("requiredSkillsHint")} defaultTags={defaults.requiredSkills} suggestions={suggestions} draftKey={draftKey} />
        <TagInput name="preferredSkills" label={t("preferredSkills")} hint={t("preferredSkillsHint")} defaultTags={defaults.preferredSkills} suggestions={suggestions} draftKey={draftKey} />
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-bold">{t("hoursLegend")}</legend>
        <p className="text-sm text-gray-700">{t("hoursHint")}</p>
        <div className="grid grid-cols-2 gap-4">
          <TextField label={t("hoursMin")} name="hoursMin" inputMode="decimal" defaultValue={defaults.hoursMin} required />
          <TextField label={t("hoursMax")} name="hoursMax" inputMode="decimal" defaultValue={defaults.hoursMax} required />
        </div>
      </fieldset>

      <WeekGrid name="schedule" legend={t("scheduleLegend")} hint={t("scheduleHint")} checked={defaults.schedule} />

      <AccommodationChecklist name="accommodations" checked={defaults.accommodations} />

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-bold">{t("placeLegend")}</legend>
        <TextField label={t("postalCode")} hint={t("postalCodeHint")} name="postalCode" defaultValue={defaults.postalCode} inputMode="numeric" maxLength={4} className="max-w-40" required />
        <CheckboxField label={t("remotePossible")} name="remotePossible" defaultChecked={defaults.remotePossible} />
        <TextField label={t("positions")} hint={t("positionsHint")} name="positions" defaultValue={defaults.positions} inputMode="numeric" className="max-w-40" required />
      </fieldset>
    </>
  );
}
