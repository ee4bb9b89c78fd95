import { hashToken, newToken } from "@/lib/auth/tokens";
import { CITIZEN_INVITATION_DAYS, type CitizenInviteInput } from "@/lib/validation/invitation";
import { prisma } from "./client";
import type { Actor } from "./audit";
import { findExistingAccount, type ExistingAccount } from "./invitations";
import { pageWindow } from "./paging";

// A consultant invites citizens of their own municipality. The link's token exists only in the
// returned value (for the e-mail or to pass on); the database keeps its hash. Accepting is
// lib/db/invitations.ts (acceptInvitation), which makes the inviter the citizen's consultant.

type ConsultantActor = Actor & { municipalityId: string | null };

export type CitizenInvitation = {
  token: string;
  invitationId: string;
  name: string;
  email: string;
  municipalityName: string;
  renewed: boolean;
  /** Steers the e-mail only (a notice instead of the link); never shown to the consultant. */
  account: ExistingAccount | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const expiry = (now: Date) => new Date(now.getTime() + CITIZEN_INVITATION_DAYS * DAY_MS);

/** Citizen invitations of the actor's municipality not yet accepted (expired ones included). */
const waiting = (municipalityId: string) => ({ municipalityId, role: "CITIZEN" as const, acceptedAt: null });

function consultantMunicipality(actor: ConsultantActor): string | null {
  return actor.role === "CONSULTANT" && actor.municipalityId ? actor.municipalityId : null;
}

/**
 * Invites one citizen. When an invitation for the same e-mail is still waiting in the
 * municipality, that one gets a new token and expiry (and this consultant as inviter) instead of a
 * second invitation; `renewed` says so. Null for anyone but a consultant with a municipality.
 *
 * An address that already has an account (a citizen of any municipality, an employer, anyone) is
 * invited exactly like a new one: the same row, the same result, so the consultant cannot find out
 * who has an account where. Its owner gets a notice instead of a link
 * (lib/mail/invitation-delivery.ts); the link could not take the account over anyway
 * (acceptInvitation says "email_taken"). The own municipality's citizens are no exception: the
 * consultant can see them in the caseload, and one rule for all is the one that cannot leak.
 */
export async function inviteCitizen(actor: ConsultantActor, invitee: CitizenInviteInput, now: Date): Promise<CitizenInvitation | null> {
  const municipalityId = consultantMunicipality(actor);
  if (!municipalityId) return null;
  const email = invitee.email.trim().toLowerCase();
  const account = await findExistingAccount(email);
  const token = newToken();
  const fields = { name: invitee.name, tokenHash: hashToken(token), expiresAt: expiry(now), invitedById: actor.id };
  const select = { id: true, municipality: { select: { name: true } } };
  const open = await prisma.invitation.findFirst({ where: { ...waiting(municipalityId), email }, select: { id: true } });
  const invitation = open
    ? await prisma.invitation.update({ where: { id: open.id }, data: fields, select })
    : await prisma.invitation.create({ data: { ...fields, email, role: "CITIZEN", municipalityId }, select });
  return { token, invitationId: invitation.id, name: invitee.name, email, municipalityName: invitation.municipality.name, renewed: open !== null, account };
}

export type BulkInviteOutcome = { line: number; email: string; result: CitizenInvitation };

/** Invites every row in turn (a list is at most a few hundred rows), by the rules of inviteCitizen. */
export async function inviteCitizens(actor: ConsultantActor, rows: (CitizenInviteInput & { line: number })[], now: Date): Promise<BulkInviteOutcome[]> {
  const outcomes: BulkInviteOutcome[] = [];
  for (const row of rows) {
    const result = await inviteCitizen(actor, row, now);
    if (result === null) return [];
    outcomes.push({ line: row.line, email: row.email, result });
  }
  return outcomes;
}

/** Invitations of the actor's municipality still waiting, newest first, with whether they expired. */
/** Waiting invitations shown per page: a municipality may have hundreds after a CSV. */
export const OPEN_INVITATIONS_PAGE_SIZE = 20;

/**
 * One page of the actor's municipality's waiting invitations, newest first (index
 * `Invitation_municipalityId_acceptedAt_idx`); the count is of the municipality's waiting ones only.
 */
export async function listOpenInvitations(actor: ConsultantActor, now: Date, requestedPage = 1) {
  const municipalityId = consultantMunicipality(actor);
  if (!municipalityId) return { rows: [], total: 0, page: 1, pages: 1 };
  const total = await prisma.invitation.count({ where: waiting(municipalityId) });
  const { page, pages, offset } = pageWindow(total, OPEN_INVITATIONS_PAGE_SIZE, requestedPage);
  const rows = await prisma.invitation.findMany({
    where: waiting(municipalityId),
    select: { id: true, name: true, email: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: offset,
    take: OPEN_INVITATIONS_PAGE_SIZE,
  });
  return { rows: rows.map((row) => ({ ...row, expired: row.expiresAt <= now })), total, page, pages };
}

export type OpenInvitation = Awaited<ReturnType<typeof listOpenInvitations>>["rows"][number];

/** A new link for a waiting invitation of the actor's municipality: the old token stops working. */
export async function resendInvitation(actor: ConsultantActor, invitationId: string, now: Date): Promise<CitizenInvitation | null> {
  const municipalityId = consultantMunicipality(actor);
  if (!municipalityId) return null;
  const token = newToken();
  const where = { id: invitationId, ...waiting(municipalityId) };
  const { count } = await prisma.invitation.updateMany({ where, data: { tokenHash: hashToken(token), expiresAt: expiry(now) } });
  if (count !== 1) return null;
  const invitation = await prisma.invitation.findFirst({ where, select: { id: true, name: true, email: true, municipality: { select: { name: true } } } });
  if (!invitation) return null;
  // Looked up again: the address may have got an account since it was invited.
  const account = await findExistingAccount(invitation.email);
  return { token, invitationId: invitation.id, name: invitation.name, email: invitation.email, municipalityName: invitation.municipality.name, renewed: true, account };
}
