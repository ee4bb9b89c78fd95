import { getLocale, getTranslations } from "next-intl/server";
import { fitLevel, MessageList } from "@/components/job-fit";
import { classifyReasons } from "@/lib/matching/reason-classes";
import type { Explanation, Message } from "@/lib/matching";
import { cn } from "@/lib/ui/cn";
import { reasonWords } from "./reason-words";

// How well a job suits the citizen, for the citizen: the fit in words ("Passer godt"), the
// reasons as plain sentences to her, and the points behind "Se hvorfor" for whoever wants them.
// The bands (docs/matching.md, "The citizen's words"): 75+ good, 50–74 in part, below 50 a little.

type Fit = Pick<Explanation, "eligible" | "score" | "components" | "reasons" | "blockers">;
type Lang = "da" | "en";
type T = Awaited<ReturnType<typeof getTranslations<"jobs">>>;

/** The reasons with their text replaced by the citizen's wording (the engine's text where none fits). */
function worded(items: readonly Message[], blocked: boolean, lang: Lang, t: T): Message[] {
  return items.map((m) => {
    const words = reasonWords(m, blocked, lang);
    if (!words) return m;
    const text = (t as unknown as (key: string, values: ReasonWordsValues) => string)(words.key, words.values);
    return { code: m.code, da: text, en: text };
  });
}
type ReasonWordsValues = Record<string, string | number>;

/** "Passer godt", in words only: the points are behind "Se hvorfor". */
export async function CitizenFitBadge({ fit, className }: { fit: Pick<Fit, "eligible" | "score">; className?: string }) {
  const t = await getTranslations("jobs.fit");
  const level = fitLevel(fit);
  return (
    <p className={cn("inline-flex items-center gap-x-2 self-start rounded-md border-2 px-3 py-1 font-semibold", level === "none" ? "border-gray-500 bg-gray-50" : "border-brand-700 bg-brand-50", className)}>
      <span aria-hidden="true">{level === "none" ? "✕" : level === "weak" ? "○" : "✓"}</span>
      <span>{t(level)}</span>
    </p>
  );
}

/** "Se hvorfor": the points and what they mean. */
async function WhyPoints({ fit }: { fit: Pick<Fit, "eligible" | "score"> }) {
  const t = await getTranslations("jobs.fit");
  return (
    <details className="rounded-md border border-gray-300 px-3">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">{t("seeWhy")}</summary>
      <div className="flex flex-col gap-2 pb-3">
        <p>{fit.eligible ? t("points", { score: Math.round(fit.score) }) : t("pointsNone")}</p>
        <p className="text-sm text-gray-700">{t("pointsHelp")}</p>
      </div>
    </details>
  );
}

/**
 * The explanation of one job for the citizen. `summary` (a card) shows the blockers, or the top
 * three good reasons; `full` (the job's page) shows everything, blockers first.
 */
export async function CitizenJobFit({ fit, id, variant = "summary" }: { fit: Fit; id: string; variant?: "summary" | "full" }) {
  const [t, tj, locale] = await Promise.all([getTranslations("jobs.fit"), getTranslations("jobs"), getLocale()]);
  const lang: Lang = locale === "en" ? "en" : "da";
  const { good, notes } = classifyReasons(fit);
  const blockers = <MessageList id={`${id}-blockers`} label={t("blockers")} icon="✕" items={worded(fit.blockers, true, lang, tj)} lang={lang} />;
  if (variant === "summary") {
    return (
      <div className="flex flex-col gap-3">
        {fit.eligible ? <MessageList id={`${id}-reasons`} label={t("reasons")} icon="✓" items={worded(good.slice(0, 3), false, lang, tj)} lang={lang} /> : blockers}
        <WhyPoints fit={fit} />
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {blockers}
      <MessageList id={`${id}-reasons`} label={t("reasons")} icon="✓" items={worded(good, false, lang, tj)} lang={lang} />
      <MessageList id={`${id}-notes`} label={t("notes")} icon="i" items={worded(notes, false, lang, tj)} lang={lang} />
      <WhyPoints fit={fit} />
    </div>
  );
}
