import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { listQueue, QUEUED } from "@/lib/db/match-queue";
import { QueueCard } from "./queue-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantQueue"))("title") };
}

/** How long a match this consultant decided stays on the page, showing the decision. */
const DECIDED_SHOWN_MS = 30 * 60_000;

export default async function MatchQueuePage() {
  const user = await requireRole("CONSULTANT");
  const decidedSince = new Date(new Date().getTime() - DECIDED_SHOWN_MS);
  const [items, t] = await Promise.all([listQueue(user, { decidedSince }), getTranslations("consultantQueue")]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
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
    </div>
  );
}
