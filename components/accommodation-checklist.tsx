import { getLocale, getTranslations } from "next-intl/server";
import { fieldId } from "@/components/ui/error-summary-entries";
import { GroupError } from "@/components/ui/form-fields";
import { ACCOMMODATION_GROUPS } from "@/lib/matching";

type Props = {
  /** Field name; each ticked box sends one vocabulary code under it. */
  name: string;
  /** Codes ticked when the form opens. */
  checked: readonly string[];
};

/**
 * What a workplace can offer, from the same vocabulary as the citizens' needs (skånehensyn), so
 * the engine can pair them. Grouped as the vocabulary is; a group with something chosen starts
 * open. Each item has a one-line explanation written for employers. Sits inside an <ActionForm>.
 */
export async function AccommodationChecklist({ name, checked }: Props) {
  const [t, locale] = await Promise.all([getTranslations("openings.accommodations"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const chosen = new Set(checked);
  const hintId = `${name}-hint`;
  const firstCode = ACCOMMODATION_GROUPS[0]?.items[0]?.code;
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={`${hintId} field-${name}-error`}>
      <legend className="mb-2 text-lg font-bold">{t("legend")}</legend>
      <p id={hintId} className="text-sm text-gray-700">
        {t("hint")}
      </p>
      <GroupError name={name} />
      {ACCOMMODATION_GROUPS.map((group) => {
        const count = group.items.filter((i) => chosen.has(i.code)).length;
        return (
          <details key={group.code} open={count > 0} className="rounded-lg border border-gray-300">
            <summary className="min-h-11 cursor-pointer content-center px-4 py-2 font-bold">
              {group[lang]} {count > 0 ? <span className="font-normal">({t("chosenCount", { count })})</span> : null}
            </summary>
            {/* The summary shows the group's name; the legend repeats it for screen readers' field navigation. */}
            <fieldset className="flex flex-col gap-2 px-4 pb-4">
              <legend className="sr-only">{group[lang]}</legend>
              {group.items.map((item) => {
                const titleId = `${name}-${item.code}-title`;
                const explanationId = `${name}-${item.code}-explanation`;
                // The whole row is the touch target; the name is the title alone, the explanation its description.
                return (
                  <label
                    key={item.code}
                    className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-gray-400 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                  >
                    <input
                      type="checkbox"
                      // The error summary links to the list through its first box.
                      id={item.code === firstCode ? fieldId(name) : undefined}
                      name={name}
                      value={item.code}
                      defaultChecked={chosen.has(item.code)}
                      aria-labelledby={titleId}
                      aria-describedby={explanationId}
                      className="mt-0.5 size-6 shrink-0 accent-brand-700"
                    />
                    <span className="flex flex-col">
                      <span id={titleId} className="font-semibold">
                        {item[lang]}
                      </span>
                      <span id={explanationId} className="text-sm text-gray-700">
                        {t(`explanations.${item.code}`)}
                      </span>
                    </span>
                  </label>
                );
              })}
            </fieldset>
          </details>
        );
      })}
    </fieldset>
  );
}
