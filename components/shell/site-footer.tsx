import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("shell");
  return (
    <footer className="mt-auto border-t border-gray-200 bg-gray-50">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm">
        <Link href="/accessibility">{t("accessibilityStatement")}</Link>
        <span className="text-gray-700">{t("footerNote")}</span>
      </div>
    </footer>
  );
}
