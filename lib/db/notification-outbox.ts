import { prisma } from "./client";
import { withFrequency } from "./email-preferences";
import { logger } from "@/lib/runtime/logger";
import { notificationEmailEnabled, sendNotificationEmail } from "@/lib/mail/notification-email";

// The background side of notification e-mail: createNotifications (lib/db/notifications.ts) sends
// right away; this picks up what that could not send (SMTP down, process stopped), for types the
// recipient wants at once (digest types wait for lib/db/email-digest.ts). Rows younger than a minute are left to the immediate send, and rows older than
// two days are not sent at all: a late e-mail about a long-gone event helps nobody.

const GRACE_MS = 60_000;
const MAX_AGE_MS = 2 * 86_400_000;

/** Sends unsent notification e-mails (at most `limit`). Returns how many were sent. */
export async function sendUnsentNotificationEmails(now: Date = new Date(), { limit = 100 }: { limit?: number } = {}): Promise<number> {
  if (!notificationEmailEnabled()) return 0;
  const rows = await prisma.notification.findMany({
    where: {
      emailedAt: null,
      createdAt: { lt: new Date(now.getTime() - GRACE_MS), gt: new Date(now.getTime() - MAX_AGE_MS) },
      ...withFrequency("IMMEDIATE"),
    },
    select: { id: true, type: true, data: true, matchId: true, openingId: true, user: { select: { id: true, email: true, locale: true, role: true } } },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  let sent = 0;
  for (const row of rows) {
    // Claim first, so a parallel run (or the immediate send) cannot send it twice; release on failure.
    const { count } = await prisma.notification.updateMany({ where: { id: row.id, emailedAt: null }, data: { emailedAt: now } });
    if (count === 0) continue;
    try {
      if (await sendNotificationEmail(row, row.user)) sent++;
      else await prisma.notification.update({ where: { id: row.id }, data: { emailedAt: null } });
    } catch (err) {
      const e = err as { code?: string; responseCode?: number };
      logger.warn({ notificationId: row.id, userId: row.user.id, code: e.code, responseCode: e.responseCode }, "notification e-mail not sent (outbox)");
      await prisma.notification.update({ where: { id: row.id }, data: { emailedAt: null } });
    }
  }
  return sent;
}
