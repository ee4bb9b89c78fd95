import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { getPlacement } from "@/lib/db/pipeline";
import { PipelineCard } from "../pipeline-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pipeline"))("title") };
}

/** Confirmations a form can ask the page to show after it moved the placement on (see actions.ts). */
const DONE = ["praktikStarted", "hired", "ended", "followUpDone"] as const;

type Props = { params: Promise<{ matchId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One placement with its follow-ups and the forms for its next steps (the board lists, this page acts). */
export default async function PlacementPage({ params, searchParams }: Props) {
  const user = await requireRole("CONSULTANT");
  const [{ matchId }, query] = await Promise.all([params, searchParams]);
  const [item, t, locale] = await Promise.all([getPlacement(user, matchId), getTranslations("pipeline"), getLocale()]);
  if (!item) notFound();
  const done = DONE.find((d) => d === query.done);
  const doneHref = (d: string, ref: string) => `/consultant/pipeline/${item.id}?done=${d}&ref=${encodeURIComponent(ref)}`;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/consultant/pipeline" className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("back")}
      </Link>
      <div role="status" className="empty:hidden">
        {done ? <p className="rounded-md border-2 border-brand-700 bg-brand-50 p-3 font-semibold">{t(`result.${done}`)}</p> : null}
      </div>
      <PipelineCard item={item} locale={locale} now={new Date()} doneHref={doneHref} />
    </div>
  );
}
