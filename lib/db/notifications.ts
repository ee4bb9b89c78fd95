import { prisma } from "./client";
import { withFrequency } from "./email-preferences";
import type { Actor } from "./audit";
import type { NotificationType, Prisma } from "./types";
import { logger } from "@/lib/runtime/logger";
import { notificationEmailEnabled, sendNotificationEmail } from "@/lib/mail/notification-email";

/** Above this the navigation says "99+": counting further would read a busy consultant's whole backlog on every page. */
export const UNREAD_CAP = 100;

/** Unread in-app notifications of the acting user (shown as a count in the navigation), at most UNREAD_CAP. */
export function countUnreadNotifications(actor: Actor): Promise<number> {
  return prisma.notification.count({ where: { userId: actor.id, readAt: null }, take: UNREAD_CAP });
}

const notificationSelect = {
  id: true,
  type: true,
  data: true,
  matchId: true,
  openingId: true,
  readAt: true,
  createdAt: true,
} as const;

/** The acting user's own notifications, newest first. */
export function listOwnNotifications(actor: Actor, { take = 50 }: { take?: number } = {}) {
  return prisma.notification.findMany({
    where: { userId: actor.id },
    select: notificationSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}

export const INBOX_PAGE_SIZE = 20;

/**
 * One page of the acting user's notifications, newest first. One row more than a page is read to
 * know whether an older page exists, so no count of the whole inbox is needed.
 */
export async function listNotificationPage(actor: Actor, page: number) {
  const current = Math.max(1, Math.floor(Number.isFinite(page) ? page : 1));
  const rows = await prisma.notification.findMany({
    where: { userId: actor.id },
    select: notificationSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE + 1,
  });
  return { page: current, notifications: rows.slice(0, INBOX_PAGE_SIZE), hasOlder: rows.length > INBOX_PAGE_SIZE };
}

/**
 * Marks one of the actor's own notifications as read. Another user's id matches nothing, so it
 * returns false exactly like a missing id. An already read one stays as it was (true).
 */
export async function markNotificationRead(actor: Actor, id: string): Promise<boolean> {
  const { count } = await prisma.notification.updateMany({ where: { id, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  if (count > 0) return true;
  return (await prisma.notification.count({ where: { id, userId: actor.id } })) > 0;
}

/** Marks all of the actor's unread notifications as read; returns how many changed. */
export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  const { count } = await prisma.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}

export type NotificationInput = {
  userId: string;
  type: NotificationType;
  /** Values the reader's language fills into the text, e.g. { openingTitle, status }. */
  data?: Record<string, string | number>;
  matchId?: string;
  openingId?: string;
};

/**
 * Creates in-app notifications. Feature code calls this one function; e-mail delivery (at once or
 * in the daily digest, as each recipient chose) hangs off the same rows (emailedAt), so nothing is
 * sent twice.
 */
export async function createNotifications(items: NotificationInput[]): Promise<void> {
  await emailAfterCommit(await insertNotifications(prisma, items));
}

/**
 * The transactional outbox: writes notifications with the caller's transaction client, so they
 * exist exactly when the state change they announce does (an approval cannot commit without its
 * consent request, and a failed insert rolls the change back). The rows are also the e-mail
 * outbox: pass them to emailAfterCommit once the transaction has committed; what that cannot
 * send, the notification-emails job sends later (lib/db/notification-outbox.ts).
 */
export async function insertNotifications(db: Pick<Prisma.TransactionClient, "notification">, items: NotificationInput[]): Promise<CreatedRow[]> {
  if (items.length === 0) return [];
  return db.notification.createManyAndReturn({
    data: items.map((n) => ({ userId: n.userId, type: n.type, data: n.data ?? {}, matchId: n.matchId ?? null, openingId: n.openingId ?? null })),
    select: { ...notificationSelect, userId: true, emailedAt: true },
  });
}

/** Sends the e-mail of committed notifications now; never fails the caller (the outbox job retries). */
export async function emailAfterCommit(rows: CreatedRow[]): Promise<void> {
  try {
    await emailNotifications(rows);
  } catch (err) {
    logger.error({ err, notificationIds: rows.map((r) => r.id) }, "notification e-mail delivery failed");
  }
}

export type CreatedRow = { id: string; userId: string; type: NotificationType; data: unknown; matchId: string | null; openingId: string | null; emailedAt: Date | null };

/**
 * E-mails the new rows whose recipients want their type at once (EmailPreference and the
 * defaults, lib/mail/preferences.ts); digest rows wait for the daily digest. Cheap when e-mail is off.
 */
async function emailNotifications(rows: CreatedRow[]): Promise<void> {
  const pending = rows.filter((r) => r.emailedAt === null);
  if (pending.length === 0 || !notificationEmailEnabled()) return;
  const immediate = await prisma.notification.findMany({
    where: { id: { in: pending.map((r) => r.id) }, ...withFrequency("IMMEDIATE") },
    select: { id: true, user: { select: { id: true, email: true, locale: true, role: true } } },
  });
  if (immediate.length === 0) return;
  const toOf = new Map(immediate.map((n) => [n.id, n.user]));
  const sent: string[] = [];
  await Promise.all(
    pending.map(async (row) => {
      const to = toOf.get(row.id);
      if (!to) return;
      try {
        if (await sendNotificationEmail(row, to)) sent.push(row.id);
      } catch (err) {
        // Ids and the SMTP error's code only: the message text may echo addresses or content.
        const e = err as { code?: string; command?: string; responseCode?: number };
        logger.warn({ notificationId: row.id, userId: row.userId, code: e.code, command: e.command, responseCode: e.responseCode }, "notification e-mail not sent");
      }
    }),
  );
  if (sent.length > 0) await prisma.notification.updateMany({ where: { id: { in: sent }, emailedAt: null }, data: { emailedAt: new Date() } });
}
