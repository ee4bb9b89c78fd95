import type { CitizenInvitation } from "@/lib/db/citizen-invitations";
import type { ColleagueInvitation } from "@/lib/db/employers";
import { sendAccountExistsEmail } from "./account-exists-email";
import { sendCitizenInvitationEmail } from "./citizen-invitation-email";
import { invitationLink, sendInvitationEmail } from "./invitation-email";

// Which e-mail an invitation sends: the link to a new address, a notice to an address that already
// has an account. Both are one e-mail through the same transport and give the same true/false, so
// the inviter's answer (and roughly its time) is the same either way; only the recipient learns
// that they have an account.

type Sender = { name: string; locale: string };

/** An employer's colleague invitation. True when an e-mail went out. */
export function deliverColleagueInvitation(invitation: ColleagueInvitation, inviter: Sender): Promise<boolean> {
  const { account } = invitation;
  if (account) {
    // Only another employer may hear which company tried; a citizen's or consultant's address
    // typed by an employer says nothing about that employer.
    const organisation = account.role === "EMPLOYER" ? { kind: "company" as const, name: invitation.companyName } : null;
    return sendAccountExistsEmail({ to: invitation.email, name: account.name, locale: account.locale, organisation, invitationId: invitation.invitationId });
  }
  return sendInvitationEmail({
    to: invitation.email,
    name: invitation.name,
    inviterName: inviter.name,
    companyName: invitation.companyName,
    link: invitationLink(invitation.token),
    locale: inviter.locale,
    invitationId: invitation.invitationId,
  });
}

/** A consultant's citizen invitation. True when an e-mail went out. */
export function deliverCitizenInvitation(invitation: CitizenInvitation, consultant: Sender): Promise<boolean> {
  const { account } = invitation;
  if (account) {
    // The job centre of a municipality is public; the consultant's name stays out.
    const organisation = { kind: "municipality" as const, name: invitation.municipalityName };
    return sendAccountExistsEmail({ to: invitation.email, name: account.name, locale: account.locale, organisation, invitationId: invitation.invitationId });
  }
  return sendCitizenInvitationEmail({
    to: invitation.email,
    name: invitation.name,
    consultantName: consultant.name,
    municipalityName: invitation.municipalityName,
    link: invitationLink(invitation.token),
    locale: consultant.locale,
    invitationId: invitation.invitationId,
  });
}
