export const locales = ["da", "en"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "da";
export const localeCookie = "NEXT_LOCALE";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
