import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeCookie, type AppLocale } from "./config";

const loaders: Record<AppLocale, () => Promise<{ default: Record<string, unknown> }>> = {
  da: () => import("@/messages/da"),
  en: () => import("@/messages/en"),
};

// No locale in the URL: Danish by default, English when chosen with the language switch
// (stored in a cookie, and on the user for signed-in users).
export default getRequestConfig(async () => {
  const value = (await cookies()).get(localeCookie)?.value;
  const locale = isLocale(value) ? value : defaultLocale;
  return {
    locale,
    messages: (await loaders[locale]()).default,
    timeZone: "Europe/Copenhagen",
  };
});
