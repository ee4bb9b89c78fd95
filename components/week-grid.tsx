import { getTranslations } from "next-intl/server";
import { fieldId } from "@/components/ui/error-summary-entries";
import { GroupError } from "@/components/ui/form-fields";
import { DAYS, PARTS } from "@/lib/matching";

type Props = {
  /** Field name; each ticked box sends one `<day>-<part>` slot under it. */
  name: string;
  legend: string;
  hint: string;
  /** Slots ticked when the form opens. */
  checked: readonly string[];
};

/**
 * The week as 7 days × 4 parts of the day, a checkbox per slot: a fieldset per day so a screen
 * reader hears "Mandag, Formiddag". Used by the citizen's availability and an opening's schedule.
 * Must sit inside an <ActionForm> (the group error comes from its result).
 */
export async function WeekGrid({ name, legend, hint, checked }: Props) {
  const t = await getTranslations("openings.weekGrid");
  const chosen = new Set(checked);
  const hintId = `${name}-hint`;
  // The error summary links to the grid through its first box.
  const firstSlot = `${DAYS[0]}-${PARTS[0]}`;
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={`${hintId} field-${name}-error`}>
      <legend className="mb-2 text-lg font-bold">{legend}</legend>
      <p id={hintId} className="text-sm text-gray-700">
        {hint}
      </p>
      <GroupError name={name} />
      {DAYS.map((day) => (
        <fieldset key={day} className="rounded-md border border-gray-300 p-3">
          <legend className="px-1 font-semibold">{t(`days.${day}`)}</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {PARTS.map((part) => {
              const slot = `${day}-${part}`;
              return (
                <label key={slot} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-gray-400 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold">
                  <input type="checkbox" id={slot === firstSlot ? fieldId(name) : undefined} name={name} value={slot} defaultChecked={chosen.has(slot)} className="size-5 shrink-0 accent-brand-700" />
                  {t(`parts.${part}`)}
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
