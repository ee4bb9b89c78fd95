import { hashToken, newToken } from "@/lib/auth/tokens";
import { COLLEAGUE_INVITATION_DAYS } from "@/lib/validation/company";
import { prisma } from "./client";
import { isUniqueViolation } from "./errors";
import type { Actor } from "./audit";
import { existingAccountSelect, findExistingAccount, type ExistingAccount } from "./invitations";

// The employer's own company: its profile, its members (colleagues) and the colleague
// invitations still waiting. Every query is scoped by membership in the `where`, so another
// company's id is simply not found.

const memberOf = (actor: Actor) => ({ members: { some: { userId: actor.id } } });

const expiry = (now: Date) => new Date(now.getTime() + COLLEAGUE_INVITATION_DAYS * 24 * 60 * 60 * 1000);

/** Open colleague invitations: not accepted and, when `now` is given, not expired. */
const pendingColleagueInvitation = (now?: Date) => ({ role: "EMPLOYER" as const, acceptedAt: null, ...(now ? { expiresAt: { gt: now } } : {}) });

/**
 * The first company (by name) the employer user belongs to, with what the company pages show.
 * Members' names and e-mails are shown to colleagues only. Null for other roles and for an
 * employer user without a company.
 */
export function getOwnCompany(actor: Actor, now: Date) {
  if (actor.role !== "EMPLOYER") return Promise.resolve(null);
  return prisma.employer.findFirst({
    where: memberOf(actor),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      cvr: true,
      industry: true,
      address: true,
      postalCode: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      municipality: { select: { name: true } },
      consultant: { select: { name: true, email: true } },
      members: { select: { createdAt: true, user: { select: { id: true, name: true, email: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      invitations: {
        where: pendingColleagueInvitation(now),
        select: { id: true, name: true, email: true, expiresAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
}

export type OwnCompany = NonNullable<Awaited<ReturnType<typeof getOwnCompany>>>;

/** The fields an employer edits; the same shape as lib/validation/company's CompanyInput. */
export type CompanyData = {
  name: string;
  cvr: string;
  industry: string;
  address: string;
  postalCode: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
};

/**
 * Saves an own company's profile. False when the id is not one of the actor's companies;
 * "cvr_taken" when another company already has the CVR number (CVR is unique).
 */
export async function updateOwnCompany(actor: Actor, employerId: string, input: CompanyData): Promise<boolean | "cvr_taken"> {
  if (actor.role !== "EMPLOYER") return false;
  try {
    const { count } = await prisma.employer.updateMany({
      where: { id: employerId, ...memberOf(actor) },
      data: {
        name: input.name,
        cvr: input.cvr,
        industry: input.industry,
        address: input.address,
        postalCode: input.postalCode,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
      },
    });
    return count > 0;
  } catch (err) {
    if (isUniqueViolation(err)) return "cvr_taken";
    throw err;
  }
}

export type ColleagueInvitation = {
  token: string;
  invitationId: string;
  name: string;
  email: string;
  companyName: string;
  /** Steers the e-mail only (a notice instead of the link); never shown to the inviter. */
  account: ExistingAccount | null;
};

/**
 * Invites a colleague to one of the actor's companies. Only the token's hash is stored; the token
 * is returned once, for the e-mail (or for the inviter to pass on). Inviting the same e-mail again
 * while an invitation is open renews that one instead of making a second. Results:
 * "not_found" (not the actor's company), "already_member" (a colleague already).
 *
 * An address with an account anywhere else (another company, a citizen, a consultant) is invited
 * exactly like a new one: the same row, the same result, so neither the answer nor the list of
 * waiting invitations tells an employer that someone has an account, let alone is a flex-job
 * citizen. Its owner gets a notice instead of a link (lib/mail/invitation-delivery.ts), and the
 * link itself could not take over the account (acceptInvitation says "email_taken").
 */
export async function inviteColleague(
  actor: Actor,
  employerId: string,
  invitee: { name: string; email: string },
  now: Date,
): Promise<ColleagueInvitation | "not_found" | "already_member"> {
  if (actor.role !== "EMPLOYER") return "not_found";
  const employer = await prisma.employer.findFirst({ where: { id: employerId, ...memberOf(actor) }, select: { id: true, name: true, municipalityId: true } });
  if (!employer) return "not_found";
  const email = invitee.email.trim().toLowerCase();
  const existing = await prisma.user.findUnique({
    where: { email },
    select: { ...existingAccountSelect, employerMembers: { where: { employerId: employer.id }, select: { id: true } } },
  });
  // Members are on the inviter's own team page, so saying so reveals nothing.
  if (existing && existing.employerMembers.length > 0) return "already_member";
  const account = existing ? { name: existing.name, role: existing.role, locale: existing.locale } : null;

  const token = newToken();
  const fields = { name: invitee.name, tokenHash: hashToken(token), expiresAt: expiry(now), invitedById: actor.id };
  const open = await prisma.invitation.findFirst({ where: { employerId: employer.id, email, ...pendingColleagueInvitation() }, select: { id: true } });
  const invitation = open
    ? await prisma.invitation.update({ where: { id: open.id }, data: fields, select: { id: true } })
    : await prisma.invitation.create({
        data: { ...fields, email, role: "EMPLOYER", employerId: employer.id, municipalityId: employer.municipalityId },
        select: { id: true },
      });
  return { token, invitationId: invitation.id, name: invitee.name, email, companyName: employer.name, account };
}

/**
 * A new link for an open colleague invitation of one of the actor's companies: a new token (the
 * old link stops working) and a fresh expiry. Null when not found, accepted or another company's.
 */
export async function resendColleagueInvitation(actor: Actor, invitationId: string, now: Date): Promise<ColleagueInvitation | null> {
  if (actor.role !== "EMPLOYER") return null;
  const where = { id: invitationId, employer: memberOf(actor), ...pendingColleagueInvitation() };
  const token = newToken();
  const { count } = await prisma.invitation.updateMany({ where, data: { tokenHash: hashToken(token), expiresAt: expiry(now) } });
  if (count === 0) return null;
  const invitation = await prisma.invitation.findFirst({ where, select: { id: true, name: true, email: true, employer: { select: { name: true } } } });
  if (!invitation) return null;
  // Looked up again: the address may have got an account since it was invited.
  const account = await findExistingAccount(invitation.email);
  return { token, invitationId: invitation.id, name: invitation.name, email: invitation.email, companyName: invitation.employer?.name ?? "", account };
}

/** Withdraws an open colleague invitation of one of the actor's companies. False if not found. */
export async function cancelColleagueInvitation(actor: Actor, invitationId: string): Promise<boolean> {
  if (actor.role !== "EMPLOYER") return false;
  const { count } = await prisma.invitation.deleteMany({ where: { id: invitationId, employer: memberOf(actor), ...pendingColleagueInvitation() } });
  return count > 0;
}
