import { dateFormat, numberFormat } from "@/lib/i18n/intl-cache";

/** "1,5–4 t" style hour ranges in the user's language (0.5-hour precision). */
export function formatHours(min: number, max: number, locale: string): string {
  const f = numberFormat(locale === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 1 });
  return min === max ? f.format(min) : `${f.format(min)}–${f.format(max)}`;
}

/**
 * The arguments of a message that shows hours: the text ("1", "2–3", "7,5") and the number the
 * noun's plural follows ({hoursCount, plural, one {time} other {timer}}): the upper bound, so
 * "1 time" but "1–2 timer".
 */
export function hoursArgs(min: number, max: number, locale: string): { hours: string; hoursCount: number } {
  return { hours: formatHours(min, max, locale), hoursCount: max };
}

export function formatDate(date: Date, locale: string): string {
  return dateFormat(locale === "da" ? "da-DK" : "en-GB", {
    dateStyle: "long",
    timeZone: "Europe/Copenhagen",
  }).format(date);
}

/** Date and time of day ("5. december 2026 kl. 10.15"), Danish time. */
export function formatDateTime(date: Date, locale: string): string {
  return dateFormat(locale === "da" ? "da-DK" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Copenhagen",
  }).format(date);
}

/** The Danish date of `at` ("2026-12-05") and Copenhagen's offset from UTC then ("+01:00"). */
function danishDayAndOffset(at: Date): { day: string; offset: string } {
  const parts = dateFormat("en-GB", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit", timeZoneName: "longOffset" }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { day: `${part("year")}-${part("month")}-${part("day")}`, offset: part("timeZoneName").replace("GMT", "") || "+00:00" };
}

/**
 * The instant Danish midnight began on the day of `now`: the daily digest covers what came before
 * it, so a second run on the same day finds nothing new to send. The offset is taken again at
 * midnight itself, since on a daylight-saving day it differs from the afternoon's.
 */
export function startOfDanishDay(now: Date): Date {
  const { day, offset } = danishDayAndOffset(now);
  const guess = new Date(`${day}T00:00:00${offset}`);
  return new Date(`${day}T00:00:00${danishDayAndOffset(guess).offset}`);
}

/** "2026-03-12": the calendar date in Denmark, for file names. */
export function isoDay(date: Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return dateFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
