import { getLocale, getTranslations } from "next-intl/server";
import { MessageList } from "@/components/job-fit";
import type { QueueItem } from "@/lib/db/match-queue";
import { classifyReasons } from "@/lib/matching/reason-classes";

// The engine's stored explanation in the reader's language, in the three lists every view uses
// (lib/matching/reason-classes.ts): against, for, and good to know. Each list has a text label
// ("Det taler imod:", "Det taler for:", "Godt at vide:"); the ✕/✓/i marks are decoration.

export async function ExplanationLists({ item }: { item: QueueItem }) {
  const [t, locale] = await Promise.all([getTranslations("consultantQueue"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  if (!item.explanation) return <p>{t("noExplanation")}</p>;
  const { blockers, good, notes } = classifyReasons(item.explanation);
  return (
    <div className="flex flex-col gap-3">
      <MessageList id={`queue-${item.id}-blockers`} label={t("blockers")} icon="✕" items={blockers} lang={lang} />
      <MessageList id={`queue-${item.id}-reasons`} label={t("reasons")} icon="✓" items={good} lang={lang} />
      <MessageList id={`queue-${item.id}-notes`} label={t("notes")} icon="i" items={notes} lang={lang} />
    </div>
  );
}
