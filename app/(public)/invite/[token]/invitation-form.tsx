"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/form-fields";
import { acceptInvitationAction } from "./actions";

export function InvitationForm({ token, email, employer }: { token: string; email: string; employer?: boolean }) {
  const t = useTranslations("onboarding.invite");
  return (
    <ActionForm action={acceptInvitationAction}>
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password with the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label={t("password")} hint={t("passwordHint")} name="password" type="password" autoComplete="new-password" required />
      <TextField label={t("confirm")} name="confirm" type="password" autoComplete="new-password" required />
      <SubmitButton pendingLabel={t("submitting")}>{employer ? t("submitEmployer") : t("submit")}</SubmitButton>
    </ActionForm>
  );
}
