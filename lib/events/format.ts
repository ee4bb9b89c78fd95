import { dateFormat } from "@/lib/i18n/intl-cache";
// Event times for the citizen's events page, always in Copenhagen time whatever the server's zone.
const tz = "Europe/Copenhagen";
const tag = (locale: string) => (locale === "en" ? "en-GB" : "da-DK");

function dayKey(date: Date): string {
  return dateFormat("en-CA", { timeZone: tz, dateStyle: "short" }).format(date);
}

export type EventWhen =
  | { kind: "open"; date: string; start: string }
  | { kind: "sameDay"; date: string; start: string; end: string }
  | { kind: "multiDay"; date: string; start: string; end: string };

/**
 * The parts of "mandag den 2. marts 2026 kl. 10.00–12.00" for the page's message template. An
 * event that runs past midnight gets its end with the date, so nobody reads 22.00–01.00 as one day.
 */
export function formatEventWhen(startsAt: Date, endsAt: Date | null, locale: string): EventWhen {
  const date = dateFormat(tag(locale), { dateStyle: "full", timeZone: tz }).format(startsAt);
  const time = dateFormat(tag(locale), { timeStyle: "short", timeZone: tz });
  const start = time.format(startsAt);
  if (!endsAt) return { kind: "open", date, start };
  if (dayKey(endsAt) === dayKey(startsAt)) return { kind: "sameDay", date, start, end: time.format(endsAt) };
  const end = dateFormat(tag(locale), { dateStyle: "full", timeStyle: "short", timeZone: tz }).format(endsAt);
  return { kind: "multiDay", date, start, end };
}
