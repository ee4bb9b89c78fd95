import { getTranslations } from "next-intl/server";

export async function SkipLink() {
  const t = await getTranslations("shell");
  return (
    <a
      href="#main"
      className="sr-only bg-white px-4 py-3 font-semibold focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
    >
      {t("skipToContent")}
    </a>
  );
}
