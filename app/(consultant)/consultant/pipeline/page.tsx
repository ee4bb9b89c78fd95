import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { listPipeline, type PipelineItem } from "@/lib/db/placements";
import { dueState } from "@/lib/placement-plan";
import { DueBadge } from "./due-badge";
import { PipelineCard, nextFollowUp } from "./pipeline-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pipeline"))("title") };
}

const STAGES = [
  { key: "contact", statuses: ["APPROVED", "CITIZEN_ACCEPTED"] },
  { key: "praktik", statuses: ["PRAKTIK"] },
  { key: "hired", statuses: ["HIRED"] },
  { key: "ended", statuses: ["ENDED"] },
] as const;

/** Ended placements are history: the newest few are enough on a working board. */
const ENDED_SHOWN = 20;

/** Confirmations a form can ask the page to show after it moved a card (see actions.ts). */
const DONE = ["praktikStarted", "hired", "ended", "followUpDone"] as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PipelinePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("CONSULTANT");
  const params = await searchParams;
  const mine = params.scope === "mine";
  const done = DONE.find((d) => d === params.done);
  const now = new Date();
  const [items, t, locale] = await Promise.all([listPipeline(user, { mine, endedLimit: ENDED_SHOWN + 1 }), getTranslations("pipeline"), getLocale()]);
  const base = mine ? "/consultant/pipeline?scope=mine" : "/consultant/pipeline?scope=all";
  const doneHref = (d: string, ref: string) => `${base}&done=${d}&ref=${encodeURIComponent(ref)}`;
  const dueItems = items
    .map((item) => ({ item, next: nextFollowUp(item) }))
    .map(({ item, next }) => ({ item, next, due: next ? dueState(next.dueAt, now) : null }))
    .filter((x): x is { item: PipelineItem; next: NonNullable<typeof x.next>; due: NonNullable<typeof x.due> } => x.due !== null && x.next !== undefined);
  const filterLink = (scope: "all" | "mine") => (
    <Link
      href={`/consultant/pipeline?scope=${scope}`}
      aria-current={(scope === "mine") === mine ? "page" : undefined}
      className="inline-flex min-h-11 items-center rounded-md border border-gray-500 px-4 font-semibold aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
    >
      {t(`filter.${scope}`)}
    </Link>
  );
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <div role="status" className="empty:hidden">
        {done ? <p className="rounded-md border-2 border-brand-700 bg-brand-50 p-3 font-semibold">{t(`result.${done}`)}</p> : null}
      </div>
      <nav aria-label={t("filter.label")} className="flex flex-wrap gap-2">
        {filterLink("all")}
        {filterLink("mine")}
      </nav>
      <section aria-labelledby="due-title" className="flex flex-col gap-2">
        <h2 id="due-title" className="text-xl font-bold">{t("due.title")}</h2>
        {dueItems.length === 0 ? (
          <p>{t("due.none")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {dueItems.map(({ item, next, due }) => (
              <li key={item.id} className="flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:items-center sm:gap-3">
                <DueBadge due={due} />
                <a href={`#match-${item.id}`} className="inline-flex min-h-11 items-center font-semibold break-words">
                  {t("due.item", { name: item.citizen.user.name, job: item.opening.title, kind: t(`kinds.${next.kind}`) })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {items.length === 0 ? <p>{t("empty")}</p> : null}
      <div className="grid gap-6 xl:grid-cols-4">
        {STAGES.map((stage) => {
          const all = items.filter((i) => (stage.statuses as readonly string[]).includes(i.status));
          const inStage = stage.key === "ended" ? all.slice(0, ENDED_SHOWN) : all;
          return (
            <section key={stage.key} aria-labelledby={`stage-${stage.key}`} className="flex min-w-0 flex-col gap-3 rounded-lg bg-gray-50 p-3">
              <h2 id={`stage-${stage.key}`} className="text-xl font-bold">
                {t(`stages.${stage.key}`)} <span className="text-base font-normal">({t("stageCount", { count: inStage.length })})</span>
              </h2>
              {all.length > inStage.length ? <p>{t("endedShown", { count: inStage.length })}</p> : null}
              {inStage.length === 0 ? (
                <p>{t("stageEmpty")}</p>
              ) : (
                <ul className="flex flex-col gap-3">
                  {inStage.map((item) => (
                    <li key={item.id}>
                      <PipelineCard item={item} locale={locale} now={now} doneHref={doneHref} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
