import { prisma } from "./client";
import type { Prisma } from "./types";
import { startOfDanishDay } from "@/lib/i18n/format";
import { logger } from "@/lib/runtime/logger";
import { sendDigestEmail } from "@/lib/mail/digest-email";
import { notificationEmailEnabled } from "@/lib/mail/notification-email";
import { effectiveFrequencies } from "@/lib/mail/preferences";

// The daily digest (the email-digest job, each morning): per user, one e-mail with the unread,
// not yet e-mailed notifications of the types they get "once a day", made before Danish midnight.
// A notification is claimed (emailedAt set) before its mail is sent and released if sending
// fails, so a rerun, a retry or a second worker sends nothing twice; the cut at midnight keeps it
// to one mail per user and day however often the job runs.
//
// Users are taken in batches in id order (keyset), and each batch's choices and rows are read in
// two queries and sorted out here: asking PostgreSQL for "digest types only" per row made it hash
// every user's choices again for each batch.

/** Rows older than this are not sent any more: a week-old digest line helps nobody. */
const MAX_AGE_DAYS = 7;
/** Users per batch, and notifications claimed per user (the rest wait for the next day). */
const USERS_PER_BATCH = 200;
const ROWS_PER_USER = 100;

const rowSelect = { id: true, userId: true, type: true, data: true, matchId: true, openingId: true } as const;
type Row = Prisma.NotificationGetPayload<{ select: typeof rowSelect }>;

/**
 * Sends the day's digests. Returns how many were sent. When some could not be sent it carries on
 * with the others and throws at the end, so pg-boss retries: the retry finds only the failed ones.
 */
export async function sendDailyDigests(now: Date = new Date()): Promise<number> {
  if (!notificationEmailEnabled()) return 0;
  const cutoff = startOfDanishDay(now);
  const where: Prisma.NotificationWhereInput = { emailedAt: null, readAt: null, createdAt: { gte: new Date(cutoff.getTime() - MAX_AGE_DAYS * 86_400_000), lt: cutoff } };
  let sent = 0;
  let failed = 0;
  let after = "";
  for (;;) {
    const users = (await prisma.notification.groupBy({ by: ["userId"], where: { ...where, userId: { gt: after } }, orderBy: { userId: "asc" }, take: USERS_PER_BATCH })).map((u) => u.userId);
    if (users.length === 0) break;
    for (const [userId, rows] of await digestRows(users, where)) {
      const result = await sendDigest(userId, rows, now);
      if (result === "sent") sent++;
      if (result === "failed") failed++;
    }
    if (users.length < USERS_PER_BATCH) break;
    after = users[users.length - 1]!;
  }
  if (failed > 0) throw new Error(`daily digest not sent to ${failed} of ${sent + failed} users`);
  return sent;
}

/** Per user of the batch, the pending rows of the types they chose the digest for, oldest first. */
async function digestRows(users: string[], where: Prisma.NotificationWhereInput): Promise<Map<string, Row[]>> {
  const [choices, rows] = await Promise.all([
    prisma.emailPreference.findMany({ where: { userId: { in: users } }, select: { userId: true, type: true, frequency: true } }),
    prisma.notification.findMany({ where: { ...where, userId: { in: users } }, select: rowSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  const frequencies = new Map(users.map((u) => [u, effectiveFrequencies(choices.filter((c) => c.userId === u))]));
  const out = new Map<string, Row[]>();
  for (const row of rows) {
    if (frequencies.get(row.userId)?.[row.type] !== "DIGEST") continue;
    const list = out.get(row.userId) ?? [];
    if (list.length < ROWS_PER_USER) out.set(row.userId, [...list, row]);
  }
  return out;
}

async function sendDigest(userId: string, rows: Row[], now: Date): Promise<"sent" | "none" | "failed"> {
  const [to, claimed] = await Promise.all([
    prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, locale: true, role: true } }),
    prisma.notification.updateManyAndReturn({ where: { id: { in: rows.map((r) => r.id) }, emailedAt: null }, data: { emailedAt: now }, select: { id: true } }),
  ]);
  const mine = new Set(claimed.map((c) => c.id));
  const items = rows.filter((r) => mine.has(r.id));
  if (!to || items.length === 0) return "none";
  try {
    await sendDigestEmail(items, to);
    return "sent";
  } catch (err) {
    // Ids and the SMTP codes only: the error's text may quote the address.
    const e = err as { code?: string; responseCode?: number };
    logger.warn({ userId, code: e.code, responseCode: e.responseCode }, "daily digest not sent");
    await prisma.notification.updateMany({ where: { id: { in: items.map((r) => r.id) }, emailedAt: now }, data: { emailedAt: null } });
    return "failed";
  }
}
