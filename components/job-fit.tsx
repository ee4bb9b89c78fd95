import { getLocale, getTranslations } from "next-intl/server";
import type { Explanation, Message } from "@/lib/matching";
import { classifyReasons } from "@/lib/matching/reason-classes";
import { cn } from "@/lib/ui/cn";

// How well a job suits a citizen, in words: a level with the score, and the engine's reasons and
// blockers in the reader's language. Every group has a text marker ("Det passer:", "Det passer
// ikke:"); the icons are decoration, so nothing rests on colour or symbol alone.

export type FitLevel = "good" | "fair" | "weak" | "none";
type Fit = Pick<Explanation, "eligible" | "score" | "components" | "reasons" | "blockers">;

export function fitLevel(fit: Pick<Fit, "eligible" | "score">): FitLevel {
  if (!fit.eligible) return "none";
  if (fit.score >= 75) return "good";
  if (fit.score >= 50) return "fair";
  return "weak";
}

const levelIcon: Record<FitLevel, string> = { good: "✓", fair: "✓", weak: "○", none: "✕" };

/** "Passer godt · 82 af 100 point". */
export async function FitBadge({ fit, className }: { fit: Pick<Fit, "eligible" | "score">; className?: string }) {
  const t = await getTranslations("jobs.fit");
  const level = fitLevel(fit);
  return (
    <p className={cn("inline-flex flex-wrap items-center gap-x-2 self-start rounded-md border-2 px-3 py-1 font-semibold", level === "none" ? "border-gray-500 bg-gray-50" : "border-brand-700 bg-brand-50", className)}>
      <span aria-hidden="true">{levelIcon[level]}</span>
      <span>{t(level)}</span>
      {fit.eligible ? <span className="font-normal">({t("score", { score: Math.round(fit.score) })})</span> : null}
    </p>
  );
}

type Lang = "da" | "en";

/** A labelled list of the engine's reasons or blockers; the icon is decoration, the label says it. */
export function MessageList({ id, label, icon, items, lang }: { id: string; label: string; icon: string; items: readonly Message[]; lang: Lang }) {
  return items.length === 0 ? null : (
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

/**
 * The explanation of one job for the citizen. `summary` shows the blockers (when it does not
 * suit) or the top three good reasons; `full` shows everything, blockers first.
 */
export async function JobFit({ fit, id, variant = "summary" }: { fit: Fit; id: string; variant?: "summary" | "full" }) {
  const [t, locale] = await Promise.all([getTranslations("jobs.fit"), getLocale()]);
  const lang: Lang = locale === "en" ? "en" : "da";
  // Good reasons and "good to know" by the one rule every view uses (lib/matching/reason-classes.ts).
  const { good, notes } = classifyReasons(fit);
  const blockers = <MessageList id={`${id}-blockers`} label={t("blockers")} icon="✕" items={fit.blockers} lang={lang} />;
  if (variant === "summary") {
    return (
      <div className="flex flex-col gap-3">
        {fit.eligible ? <MessageList id={`${id}-reasons`} label={t("reasons")} icon="✓" items={good.slice(0, 3)} lang={lang} /> : blockers}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {blockers}
      <MessageList id={`${id}-reasons`} label={t("reasons")} icon="✓" items={good} lang={lang} />
      <MessageList id={`${id}-notes`} label={t("notes")} icon="i" items={notes} lang={lang} />
    </div>
  );
}
