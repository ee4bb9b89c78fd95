import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import { withdrawConsentAction } from "./actions";

/** Shown on a match where she said yes to contact and nothing has started yet: she can take it back. */
export async function WithdrawConsent({ matchId, title }: { matchId: string; title: string }) {
  const t = await getTranslations("matches.withdraw");
  return (
    <section aria-labelledby={`withdraw-${matchId}`} className="flex flex-col gap-2 rounded-md border border-gray-300 p-3">
      <h4 id={`withdraw-${matchId}`} className="font-bold">
        {t("title")}
      </h4>
      <p>{t("explain")}</p>
      <ActionForm action={withdrawConsentAction} className="gap-2">
        <input type="hidden" name="matchId" value={matchId} />
        <SubmitButton variant="secondary" pendingLabel={t("sending")}>
          {t("submit")}
          <span className="sr-only">: {title}</span>
        </SubmitButton>
      </ActionForm>
    </section>
  );
}
