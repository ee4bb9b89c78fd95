import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/guards";
import { listQueue, QUEUED } from "@/lib/db/match-queue";
import { QueueCard } from "./queue-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantQueue"))("title") };
}

/** How long a match this consultant decided stays on the page, showing the decision. */
const DECIDED_SHOWN_MS = 30 * 60_000;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MatchQueuePage({ searchParams }: Props) {
  const user = await requireRole("CONSULTANT");
  const raw = (await searchParams).page;
  const page = Number.parseInt(typeof raw === "string" ? raw : "1", 10);
  const decidedSince = new Date(new Date().getTime() - DECIDED_SHOWN_MS);
  const [result, t] = await Promise.all([listQueue(user, { decidedSince, page: Number.isFinite(page) ? page : 1 }), getTranslations("consultantQueue")]);
  const items = result.items;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {result.waiting > 0 ? <p className="font-semibold">{t("waiting", { count: result.waiting })}</p> : null}
      {items.some((i) => QUEUED.includes(i.status)) ? null : <p>{t("empty")}</p>}
      {items.length === 0 ? null : (
        <ul className="flex flex-col gap-4">
          {items.map((item) => (
            <li key={item.id}>
              <QueueCard item={item} />
            </li>
          ))}
        </ul>
      )}
      <Pagination current={result.page} pages={result.pages} href={(n) => (n > 1 ? `/consultant/queue?page=${n}` : "/consultant/queue")} namespace="consultantQueue.pagination" />
    </div>
  );
}
