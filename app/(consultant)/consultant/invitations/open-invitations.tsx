import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import type { OpenInvitation } from "@/lib/db/citizen-invitations";
import { formatDate } from "@/lib/i18n/format";
import { InviteLinkResult } from "./action-results";
import { resendCitizenInvitationAction } from "./actions";

/** Invitations not yet accepted, with whether the link still works, and "send again". */
export async function OpenInvitations({ invitations, locale }: { invitations: OpenInvitation[]; locale: string }) {
  const t = await getTranslations("consultantInvitations.open");
  if (invitations.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="flex flex-col divide-y divide-gray-200">
      {invitations.map((invitation) => {
        const created = formatDate(invitation.createdAt, locale);
        const expires = formatDate(invitation.expiresAt, locale);
        return (
          <li key={invitation.id} className="flex flex-col gap-3 py-4">
            <p className="flex flex-col">
              <span className="font-semibold break-words">{invitation.name}</span>
              <span className="break-words">{invitation.email}</span>
              <span className="text-sm text-gray-700">
                {invitation.invitedBy ? t("invitedBy", { date: created, name: invitation.invitedBy.name }) : t("invitedOn", { date: created })}
              </span>
              <span className={invitation.expired ? "font-semibold text-red-800" : "text-sm text-gray-700"}>
                {invitation.expired ? t("expired", { date: expires }) : t("expires", { date: expires })}
              </span>
            </p>
            <ActionForm action={resendCitizenInvitationAction} className="w-full">
              <input type="hidden" name="id" value={invitation.id} />
              <SubmitButton variant="secondary" pendingLabel={t("resending")}>
                {t("resend")}
              </SubmitButton>
              <InviteLinkResult />
            </ActionForm>
          </li>
        );
      })}
    </ul>
  );
}
