/** "3. november 2026 kl. 14.05" style date and time in the user's language (Copenhagen time). */
export function formatDateTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "da-DK", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Copenhagen",
  }).format(date);
}
