"use client";

import { useTranslations } from "next-intl";

/** Unexpected errors: a calm message, never a stack trace. The server logs the details. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      <button type="button" onClick={reset} className="min-h-11 self-start rounded-md bg-brand-700 px-5 font-semibold text-white">
        {t("tryAgain")}
      </button>
    </div>
  );
}
