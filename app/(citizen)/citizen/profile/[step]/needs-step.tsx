import { getLocale, getTranslations } from "next-intl/server";
import { TextAreaField } from "@/components/ui/form-fields";
import type { ProfileForEditing } from "@/lib/db/profile";
import { ACCOMMODATION_GROUPS } from "@/lib/matching";
import { StepForm } from "./step-form";

const levels = ["", "PREFER", "MUST"] as const;

/**
 * Accommodation needs (skånehensyn) from the shared vocabulary, grouped. Each is "not needed",
 * "would be nice" or "must"; an optional note goes to the consultant only.
 */
export async function NeedsStep({ profile }: { profile: ProfileForEditing }) {
  const [t, locale] = await Promise.all([getTranslations("profile.needs"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const chosen = new Map(profile.needs.map((n) => [n.code, n]));
  return (
    <StepForm step="needs" userId={profile.userId}>
      <div className="rounded-md bg-brand-50 p-4">
        <p className="font-semibold">{t("whatTitle")}</p>
        <p>{t("what")}</p>
        <p className="mt-2">{t("privacy")}</p>
      </div>
      {ACCOMMODATION_GROUPS.map((group) => {
        const count = group.items.filter((i) => chosen.has(i.code)).length;
        return (
          <details key={group.code} open={count > 0} className="rounded-lg border border-gray-300">
            <summary className="min-h-11 cursor-pointer content-center px-4 py-2 text-lg font-bold">
              {group[lang]} {count > 0 ? <span className="text-base font-normal">({t("chosenCount", { count })})</span> : null}
            </summary>
            <div className="flex flex-col gap-4 px-4 pb-4">
              {group.items.map((item) => {
                const need = chosen.get(item.code);
                return (
                  <fieldset key={item.code} className="flex flex-col gap-2 border-t border-gray-200 pt-3" aria-describedby={`hint-${item.code}`}>
                    <legend className="font-semibold">{item[lang]}</legend>
                    <p id={`hint-${item.code}`} className="text-sm text-gray-700">
                      {t(`hints.${item.code}`)}
                    </p>
                    <div className="flex flex-wrap gap-2">
                      {levels.map((level) => (
                        <label key={level} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-gray-400 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold">
                          <input type="radio" name={`level.${item.code}`} value={level} defaultChecked={(need?.level ?? "") === level} className="size-5 accent-brand-700" />
                          {t(`levels.${level || "NONE"}`)}
                        </label>
                      ))}
                    </div>
                    <details open={Boolean(need?.note)}>
                      <summary className="min-h-11 cursor-pointer content-center text-sm font-semibold">{t("noteToggle")}</summary>
                      <TextAreaField label={t("noteLabel", { need: item[lang] })} hint={t("noteHint")} name={`note.${item.code}`} defaultValue={need?.note ?? ""} rows={2} maxLength={500} />
                    </details>
                  </fieldset>
                );
              })}
            </div>
          </details>
        );
      })}
    </StepForm>
  );
}
