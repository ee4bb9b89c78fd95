import { getLocale, getTranslations } from "next-intl/server";
import { MessageList } from "@/components/job-fit";
import type { QueueItem } from "@/lib/db/match-queue";

// The engine's stored reasons and blockers in the reader's language. Each list has a text label
// ("Det taler for:", "Det taler imod:"); the ✓/✕ marks are decoration.

export async function ExplanationLists({ item }: { item: QueueItem }) {
  const [t, locale] = await Promise.all([getTranslations("consultantQueue"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const e = item.explanation;
  if (!e) return <p>{t("noExplanation")}</p>;
  return (
    <div className="flex flex-col gap-3">
      <MessageList id={`queue-${item.id}-blockers`} label={t("blockers")} icon="✕" items={e.blockers} lang={lang} />
      <MessageList id={`queue-${item.id}-reasons`} label={t("reasons")} icon="✓" items={e.reasons} lang={lang} />
    </div>
  );
}
