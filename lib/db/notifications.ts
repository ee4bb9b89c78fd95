import { prisma } from "./client";
import type { Actor } from "./audit";

/** Unread in-app notifications of the acting user (shown as a count in the navigation). */
export function countUnreadNotifications(actor: Actor): Promise<number> {
  return prisma.notification.count({ where: { userId: actor.id, readAt: null } });
}
