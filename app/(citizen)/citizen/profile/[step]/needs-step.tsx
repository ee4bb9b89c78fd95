import { getLocale, getTranslations } from "next-intl/server";
import type { ProfileForEditing } from "@/lib/db/profile";
import { ACCOMMODATION_GROUPS } from "@/lib/matching";
import { NeedsPicker, type NeedGroup, type PickerLabels } from "./needs-picker";
import { StepForm } from "./step-form";

const largestGroup = Math.max(...ACCOMMODATION_GROUPS.map((g) => g.items.length));

/**
 * Accommodation needs (skånehensyn) from the shared vocabulary. Each is "not needed", "would be
 * nice" or "must"; an optional note goes to the consultant only. The texts are translated here and
 * handed to the picker, which runs in the browser (search, one group at a time, live summary).
 */
export async function NeedsStep({ profile }: { profile: ProfileForEditing }) {
  const [t, locale] = await Promise.all([getTranslations("profile.needs"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const groups: NeedGroup[] = ACCOMMODATION_GROUPS.map((g) => ({
    code: g.code,
    label: g[lang],
    items: g.items.map((i) => ({ code: i.code, label: i[lang], hint: t(`hints.${i.code}`) })),
  }));
  const labels: PickerLabels = {
    levels: { NONE: t("levels.NONE"), PREFER: t("levels.PREFER"), MUST: t("levels.MUST") },
    noteToggle: t("noteToggle"),
    noteLabel: Object.fromEntries(groups.flatMap((g) => g.items).map((i) => [i.code, t("noteLabel", { need: i.label })])),
    noteHint: t("noteHint"),
    chosenTitle: t("chosenTitle"),
    noneChosen: t("noneChosenYet"),
    change: t("change"),
    chosenCount: Object.fromEntries(Array.from({ length: largestGroup }, (_, i) => [i + 1, t("chosenCount", { count: i + 1 })])),
    search: t("search"),
    searchHint: t("searchHint"),
    noMatches: t("noMatches"),
  };
  const saved = Object.fromEntries(profile.needs.map((n) => [n.code, { level: n.level, note: n.note ?? "" }]));
  return (
    <StepForm step="needs" userId={profile.userId}>
      <details open={profile.needs.length === 0} className="rounded-md bg-brand-50 p-4">
        <summary className="min-h-11 cursor-pointer content-center font-semibold">{t("whatTitle")}</summary>
        <p>{t("what")}</p>
        <p className="mt-2">{t("privacy")}</p>
      </details>
      <NeedsPicker groups={groups} saved={saved} labels={labels} />
    </StepForm>
  );
}
