import { getLocale, getTranslations } from "next-intl/server";
import { TextField } from "@/components/ui/form-fields";
import type { ProfileForEditing } from "@/lib/db/profile";
import { DAYS, PARTS } from "@/lib/matching";
import { AvailabilityPicker } from "./availability-picker";
import { StepForm } from "./step-form";

const fmt = (n: number, locale: string) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "da-DK").format(n);

const NIGHT = "night";
const DAY_PARTS = PARTS.filter((p) => p !== NIGHT);

export async function HoursStep({ profile }: { profile: ProfileForEditing }) {
  const [t, grid, locale] = await Promise.all([getTranslations("profile.hours"), getTranslations("openings.weekGrid"), getLocale()]);
  const labels = {
    legend: t("gridLegend"),
    hint: t("gridHint"),
    days: Object.fromEntries(DAYS.map((d) => [d, grid(`days.${d}`)])),
    parts: Object.fromEntries(PARTS.map((p) => [p, grid(`parts.${p}`)])),
    copyWeekdays: t("copyWeekdays"),
    copied: t("copied"),
    nightToggle: t("nightToggle"),
    nightLegend: grid(`parts.${NIGHT}`),
  };
  return (
    <StepForm step="hours" userId={profile.userId}>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-bold">{t("rangeLegend")}</legend>
        <p className="text-sm text-gray-700">{t("rangeHint")}</p>
        <div className="grid grid-cols-2 gap-4">
          <TextField label={t("min")} name="hoursMin" inputMode="decimal" defaultValue={fmt(profile.hoursMin, locale)} required />
          <TextField label={t("max")} name="hoursMax" inputMode="decimal" defaultValue={fmt(profile.hoursMax, locale)} required />
        </div>
      </fieldset>
      <AvailabilityPicker name="availability" days={DAYS} dayParts={DAY_PARTS} night={NIGHT} checked={profile.availability} labels={labels} />
    </StepForm>
  );
}
