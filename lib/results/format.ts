import { dateFormat, numberFormat } from "@/lib/i18n/intl-cache";
// Month labels and numbers for the results page, in the user's language.

const tag = (locale: string) => (locale === "da" ? "da-DK" : "en-GB");

/** "2026-04" → "apr. 2026" / "Apr 2026". The month key is a UTC month, so format it in UTC. */
export function formatMonth(month: string, locale: string): string {
  const [y, m] = month.split("-").map(Number);
  return dateFormat(tag(locale), { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y!, m! - 1, 1)));
}

/** The x-axis label of a month: "nov." with its year ("2025") apart, so the chart writes the year once. */
export function formatMonthTick(month: string, locale: string): { tick: string; tickGroup: string } {
  const [y, m] = month.split("-").map(Number);
  return { tick: dateFormat(tag(locale), { month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(y!, m! - 1, 1))), tickGroup: String(y) };
}

/** A number with at most one decimal, in the user's language ("33,3"). */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(tag(locale), { maximumFractionDigits: 1 }).format(value);
}
