import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/form-fields";
import { COLLEAGUE_INVITATION_DAYS } from "@/lib/validation/company";
import { inviteColleagueAction } from "../actions";
import { InviteLink } from "./invite-link";

/** Name and e-mail of a colleague to invite; shows the link itself when e-mail is off. */
export async function InviteForm({ employerId }: { employerId: string }) {
  const t = await getTranslations("employerCompany.team");
  return (
    <ActionForm action={inviteColleagueAction}>
      <p>{t("inviteIntro", { days: COLLEAGUE_INVITATION_DAYS })}</p>
      <input type="hidden" name="employerId" value={employerId} />
      <TextField label={t("name")} name="name" autoComplete="off" required maxLength={120} />
      <TextField label={t("email")} name="email" type="email" autoComplete="off" required maxLength={254} />
      <SubmitButton pendingLabel={t("inviting")}>{t("invite")}</SubmitButton>
      <InviteLink />
    </ActionForm>
  );
}
