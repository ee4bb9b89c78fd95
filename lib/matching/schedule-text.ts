// Weekly slots as people say them: "man–fre formiddag og eftermiddag; lør aften". Used for a
// citizen's availability, an opening's schedule and the engine's explanations, so every page
// lists the week in the same order and the same words.
import { list } from "./format";
import { DAY_LABELS, DAYS, PART_LABELS, PARTS, slotBit } from "./vocabulary";

type Lang = "da" | "en";

/** Three or more days in a row read as a range ("man–fre"); two stay a list ("man og tir"). */
const MIN_RANGE = 3;

/** "man–ons og fre" from day indices in week order. */
function daysText(days: readonly number[], lang: Lang): string {
  const label = (d: number) => DAY_LABELS[DAYS[d] ?? ""]?.[lang] ?? "";
  const runs: number[][] = [];
  for (const d of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === d - 1) run.push(d);
    else runs.push([d]);
  }
  const items = runs.flatMap((run) => (run.length >= MIN_RANGE ? [`${label(run[0]!)}–${label(run.at(-1)!)}`] : run.map(label)));
  return list(items, lang);
}

/**
 * The slots of a mask (bit = index in SLOTS), grouped by part of the day in the day's order
 * (formiddag, eftermiddag, aften, nat), each with its days in week order; parts that fall on the
 * same days are said together. Groups are separated by "; ", as their days may be a list. "" for none.
 */
export function slotMaskSummary(mask: number, lang: Lang): string {
  // For each part of the day, the days it is on, as a 7-bit set.
  const daysOfPart = PARTS.map((_, p) => DAYS.reduce((set, _day, d) => ((mask >>> (d * PARTS.length + p)) & 1 ? set | (1 << d) : set), 0));
  const groups: { days: number; parts: number[] }[] = [];
  daysOfPart.forEach((days, p) => {
    if (days === 0) return;
    const same = groups.find((g) => g.days === days);
    if (same) same.parts.push(p);
    else groups.push({ days, parts: [p] });
  });
  // Already in part-of-day order (formiddag before aften), each group's days in week order.
  return groups
    .map((g) => {
      const days = DAYS.flatMap((_, d) => ((g.days >>> d) & 1 ? [d] : []));
      const parts = g.parts.map((p) => PART_LABELS[PARTS[p] ?? ""]?.[lang] ?? "");
      return `${daysText(days, lang)} ${list(parts, lang)}`;
    })
    .join("; ");
}

/** Slots ("mon-morning", …) in any order, duplicates and unknown ones ignored; "" for none. */
export function scheduleSummary(slots: readonly string[], lang: Lang): string {
  return slotMaskSummary(
    slots.reduce((mask, slot) => (slotBit(slot) >= 0 ? mask | (1 << slotBit(slot)) : mask), 0),
    lang,
  );
}
