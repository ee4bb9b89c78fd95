import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { PageShell } from "@/components/shell/page-shell";
import { EVERYWHERE, pickMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

// themeColor: the browser bar on phones in the brand green, as in the web manifest (app/manifest.ts).
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#17614b" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Only what every page needs; each route group adds its own (components/i18n/area-messages.tsx). */}
        <NextIntlClientProvider messages={pickMessages(messages, EVERYWHERE)}>
          <PageShell>{children}</PageShell>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
