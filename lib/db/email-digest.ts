import { prisma } from "./client";
import { withFrequency } from "./email-preferences";
import type { Prisma } from "./types";
import { startOfDanishDay } from "@/lib/format";
import { logger } from "@/lib/logger";
import { sendDigestEmail } from "@/lib/mail/digest-email";
import { notificationEmailEnabled } from "@/lib/mail/notification-email";

// The daily digest (the email-digest job, each morning): per user, one e-mail with the unread,
// not yet e-mailed notifications of the types they get "once a day", made before Danish midnight.
// A notification is claimed (emailedAt set) before its mail is sent and released if sending
// fails, so a rerun, a retry or a second worker sends nothing twice; the cut at midnight keeps it
// to one mail per user and day however often the job runs.

/** Rows older than this are not sent any more: a week-old digest line helps nobody. */
const MAX_AGE_DAYS = 7;
/** Users per query, and notifications claimed per user (the rest wait for the next day). */
const USERS_PER_BATCH = 200;
const ROWS_PER_USER = 100;

function pendingWhere(now: Date): Prisma.NotificationWhereInput {
  const cutoff = startOfDanishDay(now);
  return {
    emailedAt: null,
    readAt: null,
    createdAt: { gte: new Date(cutoff.getTime() - MAX_AGE_DAYS * 86_400_000), lt: cutoff },
    ...withFrequency("DIGEST"),
  };
}

/**
 * Sends the day's digests. Returns how many were sent. When some could not be sent it carries on
 * with the others and throws at the end, so pg-boss retries: the retry finds only the failed ones.
 */
export async function sendDailyDigests(now: Date = new Date()): Promise<number> {
  if (!notificationEmailEnabled()) return 0;
  const where = pendingWhere(now);
  let sent = 0;
  let failed = 0;
  let after = "";
  for (;;) {
    const users = await prisma.notification.groupBy({ by: ["userId"], where: { ...where, userId: { gt: after } }, orderBy: { userId: "asc" }, take: USERS_PER_BATCH });
    for (const { userId } of users) {
      const result = await digestFor(userId, where, now);
      if (result === "sent") sent++;
      if (result === "failed") failed++;
    }
    if (users.length < USERS_PER_BATCH) break;
    after = users[users.length - 1]!.userId;
  }
  if (failed > 0) throw new Error(`daily digest not sent to ${failed} of ${sent + failed} users`);
  return sent;
}

async function digestFor(userId: string, where: Prisma.NotificationWhereInput, now: Date): Promise<"sent" | "none" | "failed"> {
  const ids = await prisma.notification.findMany({ where: { ...where, userId }, select: { id: true }, orderBy: { createdAt: "asc" }, take: ROWS_PER_USER });
  const claimed = await prisma.notification.updateManyAndReturn({
    where: { id: { in: ids.map((r) => r.id) }, emailedAt: null },
    data: { emailedAt: now },
    select: { id: true, type: true, data: true, matchId: true, openingId: true, createdAt: true, user: { select: { id: true, email: true, locale: true, role: true } } },
  });
  const to = claimed[0]?.user;
  if (!to) return "none";
  claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  try {
    await sendDigestEmail(claimed, to);
    return "sent";
  } catch (err) {
    // Ids and the SMTP codes only: the error's text may quote the address.
    const e = err as { code?: string; responseCode?: number };
    logger.warn({ userId, code: e.code, responseCode: e.responseCode }, "daily digest not sent");
    await prisma.notification.updateMany({ where: { id: { in: claimed.map((r) => r.id) }, emailedAt: now }, data: { emailedAt: null } });
    return "failed";
  }
}
