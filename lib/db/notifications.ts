import { prisma } from "./client";
import type { Actor } from "./audit";

/** Unread in-app notifications of the acting user (shown as a count in the navigation). */
export function countUnreadNotifications(actor: Actor): Promise<number> {
  return prisma.notification.count({ where: { userId: actor.id, readAt: null } });
}

export type NotificationInput = {
  userId: string;
  type: "NEW_JOB" | "MATCH_STATUS" | "CONTACT_REQUEST" | "CITIZEN_INTEREST" | "EVENT_REMINDER";
  /** Values the reader's language fills into the text, e.g. { openingTitle, status }. */
  data?: Record<string, string | number>;
  matchId?: string;
  openingId?: string;
};

/**
 * Creates in-app notifications. Feature code calls this one function; e-mail delivery for users
 * who asked for it hangs off the same rows (emailedAt), so nothing is sent twice.
 */
export async function createNotifications(items: NotificationInput[]): Promise<void> {
  if (items.length === 0) return;
  await prisma.notification.createMany({
    data: items.map((n) => ({ userId: n.userId, type: n.type, data: n.data ?? {}, matchId: n.matchId ?? null, openingId: n.openingId ?? null })),
  });
}
