import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import { withdrawConsentAction } from "./actions";

/**
 * Shown on a match where she said yes to contact and nothing has started yet: she can take it
 * back. After that it stays, without the button, so the form's confirmation is not lost when the
 * page refreshes.
 */
export async function WithdrawConsent({ matchId, title, withdrawn }: { matchId: string; title: string; withdrawn: boolean }) {
  const t = await getTranslations("matches.withdraw");
  return (
    <section aria-labelledby={`withdraw-${matchId}`} className="flex flex-col gap-2 rounded-md border border-gray-300 p-3">
      <h4 id={`withdraw-${matchId}`} className="font-bold">
        {withdrawn ? t("withdrawnTitle") : t("title")}
      </h4>
      <p>{withdrawn ? t("withdrawnExplain") : t("explain")}</p>
      <ActionForm action={withdrawConsentAction} className="gap-2">
        <input type="hidden" name="matchId" value={matchId} />
        {withdrawn ? null : (
          <SubmitButton variant="secondary" pendingLabel={t("sending")}>
            {t("submit")}
            <span className="sr-only">: {title}</span>
          </SubmitButton>
        )}
      </ActionForm>
    </section>
  );
}
