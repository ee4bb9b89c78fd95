import { prisma } from "./client";
import type { Locale, Role } from "./types";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  municipalityId: string | null;
};

const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  municipalityId: true,
} as const;

export function findUserForSignIn(email: string) {
  return prisma.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { ...sessionUserSelect, passwordHash: true },
  });
}

/** The user behind a session; null when the account is gone. (Revoked sessions never get here: lib/auth refuses them.) */
export function findSessionUser(id: string): Promise<SessionUser | null> {
  return prisma.user.findUnique({ where: { id }, select: sessionUserSelect });
}

/** Whether this session was signed out. */
export async function isSessionRevoked(sid: string): Promise<boolean> {
  return (await prisma.revokedSession.findUnique({ where: { sid }, select: { sid: true } })) !== null;
}

/**
 * Marks a session as signed out, and forgets revocations older than any session can live
 * (`maxAgeSeconds`: the absolute lifetime, past which its cookie is refused anyway).
 */
export async function revokeSession(sid: string, now: Date, maxAgeSeconds: number): Promise<void> {
  await prisma.$transaction([
    prisma.revokedSession.deleteMany({ where: { revokedAt: { lt: new Date(now.getTime() - maxAgeSeconds * 1000) } } }),
    prisma.revokedSession.upsert({ where: { sid }, create: { sid, revokedAt: now }, update: {} }),
  ]);
}

export async function recordLogin(id: string, now: Date): Promise<void> {
  await prisma.user.update({ where: { id }, data: { lastLoginAt: now } });
}

export async function setUserLocale(id: string, locale: Locale): Promise<void> {
  await prisma.user.update({ where: { id }, data: { locale } });
}

/** Finds the local user linked to an OpenID Connect identity, linking by e-mail on first sign-in. */
export async function findUserForOidc(provider: string, subject: string, email: string | null) {
  const linked = await prisma.identity.findUnique({
    where: { provider_subject: { provider, subject } },
    select: { user: { select: sessionUserSelect } },
  });
  if (linked) return linked.user;
  if (!email) return null;
  // Accounts are created by the job center (invitations); OIDC never creates users by itself.
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: sessionUserSelect });
  if (!user) return null;
  await prisma.identity.create({ data: { provider, subject, userId: user.id } });
  return user;
}
