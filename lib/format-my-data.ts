import { dateFormat } from "@/lib/intl-cache";
/** Date and time of day in the user's language, Danish time (one definition: lib/format.ts). */
export { formatDateTime } from "./format";

/** "2026-03-12": the calendar date in Denmark, for file names. */
export function isoDay(date: Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return dateFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
