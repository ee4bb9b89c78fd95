import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import type { OwnCompany } from "@/lib/db/employers";
import { formatDate } from "@/lib/i18n/format";
import { cancelInvitationAction, resendInvitationAction } from "../actions";
import { InviteLink } from "./invite-link";

type Invitation = OwnCompany["invitations"][number];

/** A colleague's invitation still waiting: send a new link, or withdraw it. */
export async function InvitationItem({ invitation, locale }: { invitation: Invitation; locale: string }) {
  const t = await getTranslations("employerCompany.team");
  return (
    <li className="flex flex-col gap-3 py-4">
      <p className="flex flex-col">
        <span className="font-semibold">{invitation.name}</span>
        <span className="break-words">{invitation.email}</span>
        <span className="text-sm text-gray-700">
          {t("expires", { date: formatDate(invitation.expiresAt, locale) })}
        </span>
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <ActionForm action={resendInvitationAction} className="w-full sm:w-auto">
          <input type="hidden" name="id" value={invitation.id} />
          <SubmitButton variant="secondary" pendingLabel={t("resending")}>
            {t("resend")}
          </SubmitButton>
          <InviteLink />
        </ActionForm>
        <ActionForm action={cancelInvitationAction}>
          <input type="hidden" name="id" value={invitation.id} />
          <SubmitButton variant="danger" pendingLabel={t("cancelling")}>
            {t("cancel")}
          </SubmitButton>
        </ActionForm>
      </div>
    </li>
  );
}
