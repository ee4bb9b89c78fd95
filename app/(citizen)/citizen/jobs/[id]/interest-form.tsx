import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/form-fields";
import type { MatchStatus } from "@/lib/db/types";
import { interestAction } from "../actions";
import { UnlessAnswered } from "./unless-answered";

/** Statuses in which pressing "I'm interested" still changes something (see expressInterest). */
const ACTIONABLE: (MatchStatus | null)[] = [null, "SUGGESTED", "EMPLOYER_INTERESTED", "REJECTED", "ENDED", "CITIZEN_DECLINED"];

/**
 * "I'm interested". The form stays mounted when the button goes away after a successful click, so
 * the result message survives the page refresh that follows.
 */
export async function InterestForm({ openingId, eligible, matchStatus }: { openingId: string; eligible: boolean; matchStatus: MatchStatus | null }) {
  const t = await getTranslations("jobs.interest");
  const canAct = ACTIONABLE.includes(matchStatus);
  return (
    <Card aria-labelledby="job-interest" className="flex flex-col gap-3">
      <h2 id="job-interest" className="text-xl font-bold">
        {t("title")}
      </h2>
      <ActionForm action={interestAction} className="gap-3">
        <UnlessAnswered>{canAct ? <p>{t("intro")}</p> : <p>{t("already")}</p>}</UnlessAnswered>
        {canAct && !eligible ? <p className="font-semibold">{t("ineligible")}</p> : null}
        <input type="hidden" name="openingId" value={openingId} />
        {canAct ? <SubmitButton pendingLabel={t("sending")}>{t("button")}</SubmitButton> : null}
      </ActionForm>
    </Card>
  );
}
