import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/form-fields";
import { dateFormat } from "@/lib/i18n/intl-cache";
import { unlockSignInAction } from "./actions";

/** Shown only while the citizen's sign-in is locked after too many wrong passwords. */
export async function SignInLock({ profileId, lockedUntil, locale }: { profileId: string; lockedUntil: Date | null; locale: string }) {
  if (!lockedUntil) return null;
  const t = await getTranslations("caseload.detail.signInLock");
  const time = dateFormat(locale === "da" ? "da-DK" : "en-GB", { timeStyle: "short", timeZone: "Europe/Copenhagen" }).format(lockedUntil);
  return (
    <Card aria-labelledby="sign-in-lock" className="border-amber-700">
      <h2 id="sign-in-lock" className="mb-1 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-3">{t("body", { time })}</p>
      <ActionForm action={unlockSignInAction} className="gap-2">
        <input type="hidden" name="profileId" value={profileId} />
        <SubmitButton variant="secondary" pendingLabel={t("pending")}>
          {t("submit")}
        </SubmitButton>
      </ActionForm>
    </Card>
  );
}
