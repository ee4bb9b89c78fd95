import { prisma } from "./client";
import { turnOffDigest, turnOffJobAgent, turnOffType } from "./email-preferences";
import { NotificationType } from "./types";
import { readUnsubscribeToken } from "@/lib/auth/tokens";

// What an unsubscribe link stops, without signing in: the signed token (lib/auth/tokens.ts) is the
// permission. A forged token, or one of a deleted account, is simply not valid.

export type UnsubscribeTarget = { userId: string; kind: NotificationType | "DIGEST" | "JOB_AGENT" };

function isKind(kind: string): kind is UnsubscribeTarget["kind"] {
  return kind === "DIGEST" || kind === "JOB_AGENT" || (Object.values(NotificationType) as string[]).includes(kind);
}

/** The link's user and kind, or null when the token is forged, damaged or its user is gone. */
export async function readUnsubscribe(token: string): Promise<UnsubscribeTarget | null> {
  const read = readUnsubscribeToken(token);
  if (!read || !isKind(read.kind)) return null;
  const user = await prisma.user.findUnique({ where: { id: read.userId }, select: { id: true } });
  return user ? { userId: user.id, kind: read.kind } : null;
}

/** Stops what the token names. Doing it twice is harmless. Returns what was stopped, or null. */
export async function unsubscribe(token: string): Promise<UnsubscribeTarget | null> {
  const target = await readUnsubscribe(token);
  if (!target) return null;
  if (target.kind === "DIGEST") await turnOffDigest(target.userId);
  else if (target.kind === "JOB_AGENT") await turnOffJobAgent(target.userId);
  else await turnOffType(target.userId, target.kind);
  return target;
}
