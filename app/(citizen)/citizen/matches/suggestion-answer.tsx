import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import { answerSuggestionAction } from "./actions";

/**
 * A job her consultant proposed: is she interested? Yes sends it to the job centre for approval,
 * no closes it. The form stays after the answer so its confirmation is not lost on refresh.
 */
export async function SuggestionAnswer({ matchId, title, open }: { matchId: string; title: string; open: boolean }) {
  const t = await getTranslations("matches.suggestion");
  return (
    <section aria-labelledby={`suggestion-${matchId}`} className="flex flex-col gap-2 rounded-md border-2 border-brand-700 p-3">
      <h4 id={`suggestion-${matchId}`} className="font-bold">
        {t("title")}
      </h4>
      {open ? <p>{t("explain")}</p> : null}
      <ActionForm action={answerSuggestionAction} className="gap-2">
        <input type="hidden" name="matchId" value={matchId} />
        {open ? (
          <div className="flex flex-wrap gap-3">
            <SubmitButton name="answer" value="yes" pendingLabel={t("sending")}>
              {t("yes")}
              <span className="sr-only">: {title}</span>
            </SubmitButton>
            <SubmitButton name="answer" value="no" variant="secondary" pendingLabel={t("sending")}>
              {t("no")}
              <span className="sr-only">: {title}</span>
            </SubmitButton>
          </div>
        ) : null}
      </ActionForm>
    </section>
  );
}
