"use client";

import { useTranslations } from "next-intl";

/**
 * Shown when ActionForm put back input from this browser that differs from what is saved: without
 * it, a citizen who comes back would believe the form shows her saved profile.
 */
export function DraftNotice({ onDiscard }: { onDiscard: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border-2 border-amber-700 bg-amber-50 p-3">
      <p className="font-semibold">{t("draftUnsaved")}</p>
      <button type="button" onClick={onDiscard} className="min-h-11 underline">
        {t("draftDiscard")}
      </button>
    </div>
  );
}
