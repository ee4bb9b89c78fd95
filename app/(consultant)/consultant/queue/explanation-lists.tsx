import { getLocale, getTranslations } from "next-intl/server";
import type { Message } from "@/lib/matching";
import type { QueueItem } from "@/lib/db/match-queue";

// The engine's stored reasons and blockers in the reader's language. Each list has a text label
// ("Det taler for:", "Det taler imod:"); the ✓/✕ marks are decoration.

function List({ id, label, icon, items, lang }: { id: string; label: string; icon: string; items: Message[]; lang: "da" | "en" }) {
  if (items.length === 0) return null;
  return (
    <div className="flex flex-col gap-1">
      <p id={id} className="font-semibold">
        {label}
      </p>
      <ul aria-labelledby={id} className="flex flex-col gap-1">
        {items.map((m) => (
          <li key={m.code} className="flex gap-2">
            <span aria-hidden="true" className="w-5 shrink-0 text-center font-bold">
              {icon}
            </span>
            <span className="break-words">{m[lang]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export async function ExplanationLists({ item }: { item: QueueItem }) {
  const [t, locale] = await Promise.all([getTranslations("consultantQueue"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const e = item.explanation;
  if (!e) return <p>{t("noExplanation")}</p>;
  return (
    <div className="flex flex-col gap-3">
      <List id={`queue-${item.id}-blockers`} label={t("blockers")} icon="✕" items={e.blockers} lang={lang} />
      <List id={`queue-${item.id}-reasons`} label={t("reasons")} icon="✓" items={e.reasons} lang={lang} />
    </div>
  );
}
