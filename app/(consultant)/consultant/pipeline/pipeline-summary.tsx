import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { PipelineCardItem } from "@/lib/db/pipeline";
import { formatDate } from "@/lib/i18n/format";
import { dueState } from "@/lib/placements/plan";
import { DueBadge, dueBorder } from "./due-badge";

type Props = { item: PipelineCardItem; locale: string; now: Date };

/** One placement on the board: who, where, where it stands and the next follow-up. Its forms are on its own page. */
export async function PipelineSummary({ item, locale, now }: Props) {
  const t = await getTranslations("pipeline");
  const titleId = `match-${item.id}-title`;
  const due = item.next ? dueState(item.next.dueAt, now) : null;
  const title = t("card.title", { name: item.citizen.user.name, job: item.opening.title });
  return (
    <Card aria-labelledby={titleId} className={`flex flex-col gap-2 p-4 ${dueBorder(due)}`}>
      <h3 id={titleId} className="text-lg font-bold break-words">
        <Link href={`/consultant/pipeline/${item.id}`} className="inline-flex min-h-11 items-center">
          {title}
        </Link>
      </h3>
      {due ? <DueBadge due={due} /> : null}
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("card.company")}</dt>
        <dd className="break-words">{item.opening.employer.name}</dd>
        <dt className="font-semibold">{t("card.status")}</dt>
        <dd>{t(`statuses.${item.status}`)}</dd>
        {item.endedAt ? (
          <>
            <dt className="font-semibold">{t("card.ended")}</dt>
            <dd>{formatDate(item.endedAt, locale)}</dd>
          </>
        ) : item.next ? (
          <>
            <dt className="font-semibold">{t("card.nextFollowUp")}</dt>
            <dd>{t("card.nextFollowUpValue", { kind: t(`kinds.${item.next.kind}`), date: formatDate(item.next.dueAt, locale) })}</dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}
