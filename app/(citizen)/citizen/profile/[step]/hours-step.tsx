import { getLocale, getTranslations } from "next-intl/server";
import { WeekGrid } from "@/components/week-grid";
import { TextField } from "@/components/ui/form-fields";
import type { ProfileForEditing } from "@/lib/db/profile";
import { StepForm } from "./step-form";

const fmt = (n: number, locale: string) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "da-DK").format(n);

export async function HoursStep({ profile }: { profile: ProfileForEditing }) {
  const [t, locale] = await Promise.all([getTranslations("profile.hours"), getLocale()]);
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
      <WeekGrid name="availability" legend={t("gridLegend")} hint={t("gridHint")} checked={profile.availability} />
    </StepForm>
  );
}
