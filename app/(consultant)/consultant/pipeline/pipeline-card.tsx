import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { PipelineItem } from "@/lib/db/pipeline";
import { formatDate, hoursArgs } from "@/lib/i18n/format";
import { dueState, formatRampUpPlan } from "@/lib/placements/plan";
import { DueBadge, dueBorder } from "./due-badge";
import { FollowUps } from "./follow-ups";
import { StepForms } from "./step-forms";

type Props = { item: PipelineItem; locale: string; now: Date; doneHref: (done: string, ref: string) => string };

/** The next open follow-up of a match that is still running. */
export function nextFollowUp(item: PipelineItem) {
  return item.status === "ENDED" ? undefined : item.followUps.find((f) => !f.doneAt);
}

/** One placement on its own page: who, where, the dates and hours, the follow-ups, and the next steps. */
export async function PipelineCard({ item, locale, now, doneHref }: Props) {
  const t = await getTranslations("pipeline");
  const titleId = `match-${item.id}-title`;
  const next = nextFollowUp(item);
  const due = next ? dueState(next.dueAt, now) : null;
  const date = (d: Date) => formatDate(d, locale);
  const hours = (h: number) => hoursArgs(h, h, locale);
  return (
    <Card id={`match-${item.id}`} aria-labelledby={titleId} className={`flex flex-col gap-3 p-4 ${dueBorder(due)}`}>
      <h1 id={titleId} className="text-2xl font-bold break-words sm:text-3xl">
        {t("card.title", { name: item.citizen.user.name, job: item.opening.title })}
      </h1>
      {due ? <DueBadge due={due} /> : null}
      <dl className="flex flex-col gap-1">
        <dt className="font-semibold">{t("card.company")}</dt>
        <dd className="break-words">{item.opening.employer.name}</dd>
        <dt className="font-semibold">{t("card.status")}</dt>
        <dd>{t(`statuses.${item.status}`)}</dd>
        {item.praktikStartAt && item.praktikEndAt && item.praktikHours !== null ? (
          <>
            <dt className="font-semibold">{t("card.praktik")}</dt>
            <dd>{t("card.praktikValue", { start: date(item.praktikStartAt), end: date(item.praktikEndAt), ...hours(item.praktikHours) })}</dd>
          </>
        ) : null}
        {item.hiredAt && item.hiredHours !== null ? (
          <>
            <dt className="font-semibold">{t("card.hired")}</dt>
            <dd>{t("card.hiredValue", { start: date(item.hiredAt), ...hours(item.hiredHours) })}</dd>
          </>
        ) : null}
        {item.endedAt ? (
          <>
            <dt className="font-semibold">{t("card.ended")}</dt>
            <dd>{date(item.endedAt)}</dd>
          </>
        ) : null}
        {item.rampUpPlan ? (
          <>
            <dt className="font-semibold">{t("card.plan")}</dt>
            <dd>{formatRampUpPlan(item.rampUpPlan, locale)}</dd>
          </>
        ) : null}
        {item.status !== "ENDED" && item.status !== "APPROVED" ? (
          <>
            <dt className="font-semibold">{t("card.nextFollowUp")}</dt>
            <dd>{next ? t("card.nextFollowUpValue", { kind: t(`kinds.${next.kind}`), date: date(next.dueAt) }) : t("card.noFollowUp")}</dd>
          </>
        ) : null}
      </dl>
      {item.status === "APPROVED" ? <p>{t("card.waiting")}</p> : null}
      {item.status === "CITIZEN_ACCEPTED" ? <p>{t("card.accepted")}</p> : null}
      <FollowUps item={item} locale={locale} now={now} doneHref={doneHref} />
      <StepForms item={item} locale={locale} doneHref={doneHref} />
    </Card>
  );
}
