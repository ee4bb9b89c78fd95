// Small builders so the set reads like a consultant's notes: slots and needs by name.
import type { Need } from "../../../../lib/matching";

type Day = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
type Part = "morning" | "afternoon" | "evening" | "night";

const WEEKDAYS: readonly Day[] = ["mon", "tue", "wed", "thu", "fri"];

/** Slots for the given days and parts of the day, e.g. slots(["sat"], "morning") → ["sat-morning"]. */
export function slots(days: readonly Day[], ...parts: Part[]): string[] {
  return days.flatMap((d) => parts.map((p) => `${d}-${p}`));
}

/** Monday to Friday in the given parts of the day. */
export function weekdays(...parts: Part[]): string[] {
  return slots(WEEKDAYS, ...parts);
}

export const must = (code: string): Need => ({ code, level: "must" });
export const prefer = (code: string): Need => ({ code, level: "prefer" });
