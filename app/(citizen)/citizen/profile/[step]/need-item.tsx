"use client";

import { TextAreaField } from "@/components/ui/form-fields";

export const LEVELS = ["", "PREFER", "MUST"] as const;
export type Level = (typeof LEVELS)[number];

export type NeedOption = { code: string; label: string; hint: string };
export type NeedLabels = { levels: Record<string, string>; noteToggle: string; noteLabel: Record<string, string>; noteHint: string };

type Props = { need: NeedOption; level: Level; note: string; hidden: boolean; labels: NeedLabels };

/**
 * One need: "not needed", "would be nice" or "must" as three equal radio tiles, and a note for the
 * consultant folded away. Hidden (not removed) when a search leaves it out, so the form still sends it.
 */
export function NeedItem({ need, level, note, hidden, labels }: Props) {
  const hintId = `hint-${need.code}`;
  return (
    <fieldset id={`need-${need.code}`} hidden={hidden} className="flex flex-col gap-2 border-t border-gray-200 pt-3" aria-describedby={hintId}>
      <legend className="font-semibold">{need.label}</legend>
      <p id={hintId} className="text-sm text-gray-700">
        {need.hint}
      </p>
      <div className="grid grid-cols-3 gap-2">
        {LEVELS.map((value) => (
          <label key={value} className="flex min-h-14 cursor-pointer flex-col items-center justify-center gap-1 rounded-md border border-gray-400 px-1 py-1.5 text-center text-sm leading-tight has-[:checked]:border-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold">
            <input type="radio" name={`level.${need.code}`} value={value} defaultChecked={level === value} className="size-5 shrink-0 accent-brand-700" />
            {labels.levels[value || "NONE"]}
          </label>
        ))}
      </div>
      <details open={Boolean(note)}>
        <summary className="min-h-11 cursor-pointer content-center text-sm font-semibold">{labels.noteToggle}</summary>
        <TextAreaField label={labels.noteLabel[need.code]!} hint={labels.noteHint} name={`note.${need.code}`} defaultValue={note} rows={2} maxLength={500} />
      </details>
    </fieldset>
  );
}
