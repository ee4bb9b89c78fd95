import { dateFormat, numberFormat } from "@/lib/intl-cache";

/** "1,5–4 t" style hour ranges in the user's language (0.5-hour precision). */
export function formatHours(min: number, max: number, locale: string): string {
  const f = numberFormat(locale === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 1 });
  return min === max ? f.format(min) : `${f.format(min)}–${f.format(max)}`;
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
