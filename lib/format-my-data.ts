/** "12. marts 2026 kl. 10.15" style date and time in the user's language, Danish time zone. */
export function formatDateTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Copenhagen",
  }).format(date);
}

/** "2026-03-12": the calendar date in Denmark, for file names. */
export function isoDay(date: Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
