import { getLocale, getTranslations } from "next-intl/server";
import { GroupError, TextField } from "@/components/ui/form-fields";
import type { ProfileForEditing } from "@/lib/db/profile";
import { DAYS, PARTS, type Label } from "@/lib/matching";
import { StepForm } from "./step-form";

const dayNames: Record<string, Label> = {
  mon: { da: "Mandag", en: "Monday" },
  tue: { da: "Tirsdag", en: "Tuesday" },
  wed: { da: "Onsdag", en: "Wednesday" },
  thu: { da: "Torsdag", en: "Thursday" },
  fri: { da: "Fredag", en: "Friday" },
  sat: { da: "Lørdag", en: "Saturday" },
  sun: { da: "Søndag", en: "Sunday" },
};

const fmt = (n: number, locale: string) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "da-DK").format(n);

export async function HoursStep({ profile }: { profile: ProfileForEditing }) {
  const [t, locale] = await Promise.all([getTranslations("profile.hours"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const chosen = new Set(profile.availability);
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
      <fieldset className="flex flex-col gap-3" aria-describedby="availability-hint field-availability-error">
        <legend className="mb-2 text-lg font-bold">{t("gridLegend")}</legend>
        <p id="availability-hint" className="text-sm text-gray-700">
          {t("gridHint")}
        </p>
        <GroupError name="availability" />
        {DAYS.map((day) => (
          <fieldset key={day} className="rounded-md border border-gray-300 p-3">
            <legend className="px-1 font-semibold">{dayNames[day]?.[lang]}</legend>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
              {PARTS.map((part) => {
                const slot = `${day}-${part}`;
                return (
                  <label key={slot} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-gray-400 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold">
                    <input type="checkbox" name="availability" value={slot} defaultChecked={chosen.has(slot)} className="size-5 accent-brand-700" />
                    {t(`parts.${part}`)}
                  </label>
                );
              })}
            </div>
          </fieldset>
        ))}
      </fieldset>
    </StepForm>
  );
}
