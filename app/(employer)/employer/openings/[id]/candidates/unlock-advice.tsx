import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { CheckboxField, SubmitButton } from "@/components/ui/form-fields";
import type { EmployerUnlockAdvice } from "@/lib/db/employer-candidates";
import { hoursArgs } from "@/lib/i18n/format";
import { accommodationLabel } from "@/lib/matching";
import { offerAccommodationAction } from "./actions";

/**
 * The engine's best single change to the opening, made once the employer has ticked that the
 * workplace can offer it (the action checks the tick too). The form stays
 * mounted when the advice changes or goes away after the click, so the result message survives
 * the refresh that follows.
 */
export async function UnlockAdviceBox({ openingId, advice }: { openingId: string; advice: EmployerUnlockAdvice }) {
  const [t, locale] = await Promise.all([getTranslations("candidates.advice"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const offer = advice.accommodation;
  const label = offer ? accommodationLabel(offer.code)[lang] : "";
  return (
    <Card aria-labelledby="unlock-advice" className="flex flex-col gap-3 border-2 border-brand-700">
      <h2 id="unlock-advice" className="text-xl font-bold">
        {t("title")}
      </h2>
      {offer ? <p className="font-semibold">{t("offer", { label, count: offer.unlocks })}</p> : null}
      <ActionForm action={offerAccommodationAction} className="gap-3">
        {offer ? (
          <>
            <input type="hidden" name="openingId" value={openingId} />
            <input type="hidden" name="code" value={offer.code} />
            <CheckboxField name="confirm" label={t("confirm", { label })} hint={t("confirmHint")} />
            <SubmitButton pendingLabel={t("sending")}>{t("button", { label })}</SubmitButton>
          </>
        ) : null}
      </ActionForm>
      {advice.hours.map((h) => (
        <p key={h.kind}>{t(h.kind === "lower_min_hours" ? "lowerMin" : "raiseMax", { ...hoursArgs(h.to, h.to, locale), count: h.unlocks })}</p>
      ))}
      {!offer && advice.hours.length === 0 ? <p>{t("none")}</p> : null}
    </Card>
  );
}
