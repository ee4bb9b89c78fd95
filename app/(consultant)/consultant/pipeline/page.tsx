import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/guards";
import { DUE_SHOWN, STAGE_KEYS, pipelineView, type Stage } from "@/lib/db/pipeline";
import { dueState } from "@/lib/placements/plan";
import { DueBadge } from "./due-badge";
import { PipelineSummary } from "./pipeline-summary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pipeline"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const link = "inline-flex min-h-11 items-center rounded-md border border-gray-500 px-4 font-semibold aria-[current=page]:bg-brand-700 aria-[current=page]:text-white";

/** The board: due follow-ups, then one page of placements in a stage (running ones by default). */
export default async function PipelinePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("CONSULTANT");
  const params = await searchParams;
  const one = (key: string) => (typeof params[key] === "string" ? params[key] : "");
  const mine = one("scope") === "mine";
  const stage: Stage = STAGE_KEYS.find((k) => k === one("stage")) ?? "running";
  const page = Number.parseInt(one("page") || "1", 10);
  const now = new Date();
  const [view, t, locale] = await Promise.all([pipelineView(user, { mine, stage, page: Number.isFinite(page) ? page : 1 }, now), getTranslations("pipeline"), getLocale()]);
  const { board, due } = view;
  const href = (next: { scope?: "all" | "mine"; stage?: Stage; page?: number }) => {
    const q = new URLSearchParams({ scope: next.scope ?? (mine ? "mine" : "all") });
    const s = next.stage ?? stage;
    if (s !== "running") q.set("stage", s);
    if ((next.page ?? 1) > 1) q.set("page", String(next.page));
    return `/consultant/pipeline?${q}`;
  };
  const stageName = t(`stages.${stage}`);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <nav aria-label={t("filter.label")} className="flex flex-wrap gap-2">
        {(["all", "mine"] as const).map((scope) => (
          <Link key={scope} href={href({ scope, stage })} aria-current={(scope === "mine") === mine ? "page" : undefined} className={link}>
            {t(`filter.${scope}`)}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="due-title" className="flex flex-col gap-2">
        <h2 id="due-title" className="text-xl font-bold">{t("due.title")}</h2>
        {due.total === 0 ? (
          <p>{t("due.none")}</p>
        ) : (
          <>
            <p>{t("due.count", { count: due.total })}{due.total > due.items.length ? ` ${t("due.more", { count: DUE_SHOWN })}` : ""}</p>
            <ul className="flex flex-col gap-2">
              {due.items.map((f) => ({ f, state: dueState(f.dueAt, now) })).map(({ f, state }) => (
                <li key={f.id} className="flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:items-center sm:gap-3">
                  {state ? <DueBadge due={state} /> : null}
                  <Link href={`/consultant/pipeline/${f.matchId}`} className="inline-flex min-h-11 items-center font-semibold break-words">
                    {t("due.item", { name: f.match.citizen.user.name, job: f.match.opening.title, kind: t(`kinds.${f.kind}`) })}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <nav aria-label={t("stageNav")} className="flex flex-wrap gap-2">
        {STAGE_KEYS.map((k) => (
          <Link key={k} href={href({ stage: k })} aria-current={k === stage ? "page" : undefined} className={link}>
            {t("stageTab", { stage: t(`stages.${k}`), count: board.counts[k] })}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="board-title" className="flex flex-col gap-3">
        <h2 id="board-title" className="text-xl font-bold">{t("listTitle", { stage: stageName, count: board.total })}</h2>
        {board.items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="grid gap-3 lg:grid-cols-2">
            {board.items.map((item) => (
              <li key={item.id} className="min-w-0">
                <PipelineSummary item={item} locale={locale} now={now} />
              </li>
            ))}
          </ul>
        )}
        <Pagination current={board.page} pages={board.pages} href={(n) => href({ page: n })} namespace="pipeline.pagination" />
      </section>
    </div>
  );
}
