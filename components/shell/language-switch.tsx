import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "./actions";

// A plain form: works without client JavaScript and with the keyboard.
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("shell")]);
  const other = locale === "da" ? "en" : "da";
  return (
    <form action={setLocaleAction}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        className="min-h-11 rounded-md border border-gray-300 bg-white px-3 text-sm font-medium text-gray-900 hover:bg-gray-100"
      >
        {t("switchLanguage")}
      </button>
    </form>
  );
}
