import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { areaNamespaces, pickMessages, type ClientArea } from "@/lib/i18n/client-messages";

/**
 * Gives the client components of one route group the messages they translate, and no others
 * (lib/i18n/client-messages.ts). Rendered by the group's layout around its pages.
 */
export async function AreaMessages({ area, children }: { area: ClientArea; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, areaNamespaces(area))}>{children}</NextIntlClientProvider>;
}
