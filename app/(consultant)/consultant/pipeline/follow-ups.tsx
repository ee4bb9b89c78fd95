import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import type { PipelineItem } from "@/lib/db/pipeline";
import { formatDate } from "@/lib/i18n/format";
import { dueState } from "@/lib/placements/plan";
import { completeFollowUpAction } from "./actions";
import { Disclosure } from "./disclosure";
import { DueBadge } from "./due-badge";

type Props = { item: PipelineItem; locale: string; now: Date; doneHref: (done: string, ref: string) => string };

/**
 * All follow-ups of a match, done ones with their date and note. On an ended match the open ones
 * stay listed but are not due. Completing one navigates back to the page (its form goes away).
 */
export async function FollowUps({ item, locale, now, doneHref }: Props) {
  const t = await getTranslations("pipeline");
  if (item.followUps.length === 0) return null;
  const ended = item.status === "ENDED";
  return (
    <Disclosure summary={t("followUps.title", { count: item.followUps.length })}>
      <ul className="flex flex-col gap-4">
        {item.followUps.map((f) => {
          const due = !f.doneAt && !ended ? dueState(f.dueAt, now) : null;
          return (
            <li key={f.id} className="flex flex-col gap-1 border-b border-gray-200 pb-3 last:border-b-0">
              <span className="font-semibold">{t(`kinds.${f.kind}`)}</span>
              <span>{t("followUps.due", { date: formatDate(f.dueAt, locale) })}</span>
              {due ? <DueBadge due={due} /> : null}
              <span>{f.doneAt ? t("followUps.done", { date: formatDate(f.doneAt, locale) }) : ended ? t("followUps.ended") : t("followUps.open")}</span>
              {f.note ? <p className="break-words whitespace-pre-line">{f.note}</p> : null}
              {!f.doneAt && !ended ? (
                <ActionForm action={completeFollowUpAction} successHref={doneHref("followUpDone", f.id)} className="gap-2">
                  <input type="hidden" name="followUpId" value={f.id} />
                  <TextAreaField label={t("followUps.completeNote")} hint={t("followUps.completeHint")} name="note" id={`fu-${f.id}-note`} maxLength={2000} rows={2} />
                  <SubmitButton variant="secondary" pendingLabel={t("followUps.completing")}>
                    {t("followUps.complete")}
                    <span className="sr-only">: {t(`kinds.${f.kind}`)}, {item.citizen.user.name}</span>
                  </SubmitButton>
                </ActionForm>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Disclosure>
  );
}
