import { generateAlias } from "@/lib/privacy/alias";
import { hashToken } from "@/lib/auth/tokens";
import { prisma } from "./client";
import { Prisma } from "@/generated/prisma/client";
import type { Locale, Role } from "./types";

// A consultant's invitation becomes a citizen account with an empty profile. Only the token's
// hash is stored; the token itself travels in the link.

/**
 * The account an invited address already has. Inviting it is answered exactly like a new address
 * (so an invitation cannot tell an employer that someone is a flex-job citizen); this only decides
 * which e-mail goes out (lib/mail/invitation-delivery.ts) and must never reach the inviter.
 */
export type ExistingAccount = { name: string; role: Role; locale: Locale };

export const existingAccountSelect = { name: true, role: true, locale: true } as const;

/** The account with this (lower-cased) e-mail, if any. */
export function findExistingAccount(email: string): Promise<ExistingAccount | null> {
  return prisma.user.findUnique({ where: { email }, select: existingAccountSelect });
}

/** The invitation behind a link, when it can still be used. */
export async function findOpenInvitation(token: string, now: Date) {
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, name: true, email: true, role: true, acceptedAt: true, expiresAt: true, municipality: { select: { name: true } }, employer: { select: { name: true } } },
  });
  if (!invitation) return { state: "unknown" as const };
  if (invitation.acceptedAt) return { state: "used" as const };
  if (invitation.expiresAt <= now) return { state: "expired" as const };
  return { state: "open" as const, invitation };
}

export type AcceptResult = { ok: true; email: string; role: "CITIZEN" | "EMPLOYER" } | { ok: false; reason: "invalid" | "email_taken" };

/**
 * Claims the invitation and creates the account in one transaction: a citizen with an empty
 * profile, or an employer's colleague as a member of the company. The claim is a conditional
 * update, so two clicks on the same link create one account. An address that has an account
 * (invited while it had one, or signed up since) gets "email_taken" and the whole transaction
 * rolls back: the account stays as it was and the invitation stays open.
 */
export async function acceptInvitation(token: string, passwordHash: string | null, now: Date, random: () => number = Math.random): Promise<AcceptResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const tokenHash = hashToken(token);
      const claimed = await tx.invitation.updateMany({ where: { tokenHash, acceptedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now } });
      if (claimed.count !== 1) return { ok: false, reason: "invalid" } as const;
      const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash } });
      const email = invitation.email.toLowerCase();
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        throw new EmailTaken();
      }
      if (invitation.role === "EMPLOYER" && invitation.employerId) {
        const member = await tx.user.create({ data: { email, name: invitation.name, role: "EMPLOYER", passwordHash } });
        await tx.employerMember.create({ data: { employerId: invitation.employerId, userId: member.id } });
        await tx.invitation.update({ where: { id: invitation.id }, data: { userId: member.id } });
        return { ok: true, email, role: "EMPLOYER" } as const;
      }
      if (invitation.role !== "CITIZEN") return { ok: false, reason: "invalid" } as const;
      const user = await tx.user.create({ data: { email, name: invitation.name, role: "CITIZEN", passwordHash } });
      await tx.citizenProfile.create({
        data: {
          userId: user.id,
          municipalityId: invitation.municipalityId,
          consultantId: invitation.invitedById,
          alias: await freeAlias(tx, random),
          // A typical mini-fleksjob range to start from; the wizard asks right away.
          hoursMin: 2,
          hoursMax: 10,
          postalCode: "",
        },
      });
      await tx.invitation.update({ where: { id: invitation.id }, data: { userId: user.id } });
      return { ok: true, email, role: "CITIZEN" } as const;
    });
  } catch (error) {
    if (error instanceof EmailTaken) return { ok: false, reason: "email_taken" };
    throw error;
  }
}

class EmailTaken extends Error {}

async function freeAlias(tx: Prisma.TransactionClient, random: () => number): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const alias = generateAlias(random);
    if (!(await tx.citizenProfile.findUnique({ where: { alias }, select: { id: true } }))) return alias;
  }
  // 12 × 15 × 90 aliases; past that, a number suffix keeps it unique.
  return `${generateAlias(random)}-${Math.floor(random() * 1e6)}`;
}
