"use client";

import { useState, useSyncExternalStore } from "react";
import { fieldId } from "@/components/ui/error-summary-entries";
import { useActionForm } from "@/components/ui/action-form";
import { GroupError } from "@/components/ui/form-fields";
import { copyDaySlots } from "./copy-day-slots";

export type AvailabilityLabels = {
  legend: string;
  hint: string;
  days: Record<string, string>;
  parts: Record<string, string>;
  copyWeekdays: string;
  copied: string;
  nightToggle: string;
  nightLegend: string;
};

type Props = { name: string; days: readonly string[]; dayParts: readonly string[]; night: string; checked: readonly string[]; labels: AvailabilityLabels };

const subscribeNever = () => () => {};

/**
 * The citizen's week on a phone: a row of three equal toggles per day (morning, afternoon,
 * evening) and a button that gives Tuesday–Friday Monday's times. Night is kept (old profiles and
 * the engine use it) but folded away, open when chosen: few look for work from 22 to 06, and it
 * added a fourth box to every day. Without JavaScript the checkboxes work and the button is absent.
 * The slots sent are the same `<day>-<part>` values as the full week grid's.
 */
export function AvailabilityPicker({ name, days, dayParts, night, checked, labels }: Props) {
  const { saveDraftNow } = useActionForm();
  const scripted = useSyncExternalStore(subscribeNever, () => true, () => false);
  const [announcement, setAnnouncement] = useState("");
  const chosen = new Set(checked);
  const box = (day: string, part: string, label: string) => {
    const slot = `${day}-${part}`;
    return (
      <label key={slot} className="flex min-h-14 cursor-pointer flex-col items-center justify-center gap-1 rounded-md border border-gray-400 px-1 py-1.5 text-center text-sm leading-tight has-[:checked]:border-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold">
        <input type="checkbox" id={slot === `${days[0]}-${dayParts[0]}` ? fieldId(name) : undefined} name={name} value={slot} defaultChecked={chosen.has(slot)} className="size-5 shrink-0 accent-brand-700" />
        {label}
      </label>
    );
  };
  const copyMonday = (event: React.MouseEvent<HTMLButtonElement>) => {
    const form = event.currentTarget.form;
    if (!form) return;
    copyDaySlots(form, name, days[0]!, days.slice(1, 5), [...dayParts, night]);
    saveDraftNow();
    setAnnouncement(labels.copied);
  };
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={`${name}-hint ${fieldId(name)}-error`}>
      <legend className="mb-2 text-lg font-bold">{labels.legend}</legend>
      <p id={`${name}-hint`} className="text-sm text-gray-700">
        {labels.hint}
      </p>
      <GroupError name={name} />
      {days.map((day, i) => (
        <div key={day} className="flex flex-col gap-2">
          <fieldset>
            <legend className="mb-1 font-semibold">{labels.days[day]}</legend>
            <div className="grid grid-cols-3 gap-2">{dayParts.map((part) => box(day, part, labels.parts[part]!))}</div>
          </fieldset>
          {i === 0 && scripted ? (
            <button type="button" onClick={copyMonday} className="min-h-11 self-start rounded-md border border-gray-500 bg-white px-4 font-semibold hover:bg-gray-100">
              {labels.copyWeekdays}
            </button>
          ) : null}
        </div>
      ))}
      <p role="status" className="text-sm font-semibold empty:hidden">
        {announcement}
      </p>
      <details open={days.some((day) => chosen.has(`${day}-${night}`))} className="rounded-md border border-gray-300">
        <summary className="min-h-11 cursor-pointer content-center px-3 font-semibold">{labels.nightToggle}</summary>
        <fieldset className="px-3 pb-3">
          <legend className="sr-only">{labels.nightLegend}</legend>
          <div className="grid grid-cols-3 gap-2 sm:grid-cols-4">{days.map((day) => box(day, night, labels.days[day]!))}</div>
        </fieldset>
      </details>
    </fieldset>
  );
}
