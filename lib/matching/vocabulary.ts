// The shared accommodation vocabulary (skånehensyn) and the weekly slot grid, typed once
// so the engine, the app's forms and the CLI validation all read the same source.
// The JSON is a copy of shared/data/skaanehensyn.json: the app must not reach outside
// its own tree at runtime.
import vocab from "./data/skaanehensyn.json";

export interface Label {
  da: string;
  en: string;
}

export interface AccommodationItem extends Label {
  code: string;
  group: string;
  hintDa?: string;
}

export interface AccommodationGroup extends Label {
  code: string;
  items: AccommodationItem[];
}

export const ACCOMMODATION_GROUPS: readonly AccommodationGroup[] = vocab.groups.map((g) => ({
  code: g.code,
  da: g.da,
  en: g.en,
  items: g.items.map((i) => {
    const hint = (i as { hint_da?: string }).hint_da;
    return { code: i.code, group: g.code, da: i.da, en: i.en, ...(hint ? { hintDa: hint } : {}) };
  }),
}));

export const ACCOMMODATIONS: readonly AccommodationItem[] = ACCOMMODATION_GROUPS.flatMap((g) => g.items);

/** Stable order of codes; a code's position is its bit in the engine's need bitsets. */
export const ACCOMMODATION_CODES: readonly string[] = ACCOMMODATIONS.map((i) => i.code);

const accommodationIndex = new Map(ACCOMMODATION_CODES.map((c, i) => [c, i]));

export function isAccommodationCode(code: string): boolean {
  return accommodationIndex.has(code);
}

/** Bit position of a code, or -1 when the code is not in the vocabulary. */
export function accommodationBit(code: string): number {
  return accommodationIndex.get(code) ?? -1;
}

export function accommodationLabel(code: string): Label {
  const item = ACCOMMODATIONS[accommodationIndex.get(code) ?? -1];
  return item ? { da: item.da, en: item.en } : { da: code, en: code };
}

export const REMOTE_WORK_CODE = "remote_work";

/**
 * Needs about the surroundings that a citizen working from home controls herself: a remote opening
 * meets them (docs/matching.md, the remote rule). The others (low tempo, a fixed contact person,
 * no phone duty…) depend on the job, not the room, and stay with the employer.
 */
export const HOME_CONTROLLED_CODES: readonly string[] = ["quiet_environment", "low_noise", "adjusted_lighting", "indoor_work"];

export const DAYS = vocab.availability_slots.days as readonly string[];
export const PARTS = Object.keys(vocab.availability_slots.parts) as readonly string[];

/** Every valid slot, `<day>-<part>`, day-major: mon-morning, mon-afternoon, … */
export const SLOTS: readonly string[] = DAYS.flatMap((d) => PARTS.map((p) => `${d}-${p}`));

const slotIndex = new Map(SLOTS.map((s, i) => [s, i]));

export function isSlot(slot: string): boolean {
  return slotIndex.has(slot);
}

/** Bit position of a slot (7 days × 4 parts = 28 bits, fits one int32), or -1. */
export function slotBit(slot: string): number {
  return slotIndex.get(slot) ?? -1;
}

export const DAY_LABELS: Record<string, Label> = {
  mon: { da: "man", en: "Mon" },
  tue: { da: "tir", en: "Tue" },
  wed: { da: "ons", en: "Wed" },
  thu: { da: "tor", en: "Thu" },
  fri: { da: "fre", en: "Fri" },
  sat: { da: "lør", en: "Sat" },
  sun: { da: "søn", en: "Sun" },
};

export const PART_LABELS: Record<string, Label> = {
  morning: { da: "formiddag", en: "morning" },
  afternoon: { da: "eftermiddag", en: "afternoon" },
  evening: { da: "aften", en: "evening" },
  night: { da: "nat", en: "night" },
};

export function slotLabel(slot: string): Label {
  const [day = "", part = ""] = slot.split("-");
  const d = DAY_LABELS[day] ?? { da: day, en: day };
  const p = PART_LABELS[part] ?? { da: part, en: part };
  return { da: `${d.da} ${p.da}`, en: `${d.en} ${p.en}` };
}
