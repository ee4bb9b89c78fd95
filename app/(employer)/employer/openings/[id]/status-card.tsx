import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import type { OwnOpening } from "@/lib/db/openings";
import { formatDate } from "@/lib/i18n/format";
import { statusActionsFor } from "@/lib/validation/opening";
import { changeOpeningStatusAction } from "../actions";
import { StatusButtons } from "./status-buttons";

/**
 * The opening's status in words, the steps it can take from here, and the ways on. The form
 * stays mounted when its buttons change after a step, so the result message is not lost.
 */
export async function StatusCard({ opening }: { opening: OwnOpening }) {
  const [t, tt, locale] = await Promise.all([getTranslations("openings"), getTranslations("openings.transitions"), getLocale()]);
  const steps = statusActionsFor(opening.status).map((step) => ({ step, label: tt(step), variant: step === "publish" || step === "reopen" ? ("primary" as const) : ("secondary" as const) }));
  return (
    <Card aria-labelledby="opening-status" className="flex flex-col gap-3">
      <h2 id="opening-status" className="text-xl font-bold">
        {t("detail.statusTitle")}
      </h2>
      <p className="font-semibold">{t(`statusExplained.${opening.status}`)}</p>
      {opening.publishedAt ? <p>{t("detail.publishedAt", { date: formatDate(opening.publishedAt, locale) })}</p> : null}
      <p>{t("detail.matches", { count: opening._count.matches })}</p>
      <ActionForm action={changeOpeningStatusAction} className="gap-3">
        <input type="hidden" name="id" value={opening.id} />
        <StatusButtons steps={steps} pendingLabel={tt("working")} />
      </ActionForm>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        <Link href={`/employer/openings/${opening.id}/edit`} className="inline-flex min-h-11 items-center font-semibold">
          {t("detail.edit")}
        </Link>
        <Link href={`/employer/openings/${opening.id}/candidates`} className="inline-flex min-h-11 items-center font-semibold">
          {t("detail.candidates")}
        </Link>
      </div>
    </Card>
  );
}
