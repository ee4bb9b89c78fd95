import { prisma } from "./client";
import { emailAfterCommit, insertNotifications, type CreatedRow } from "./notifications";

// The day-before reminder of an event: for the event-reminders job. Each sign-up is reminded
// once: the claim (remindedAt) and the notification are written in one transaction, so parallel
// runs or a retry cannot remind twice, and a failed insert leaves the sign-up for the next run.

/** Events starting within this many hours from now are "tomorrow" for the reminder. */
export const REMINDER_HOURS = 24;
const BATCH = 500;

/**
 * Writes EVENT_REMINDER { eventTitle, startsAt } for every not yet reminded sign-up of a published
 * event that starts within REMINDER_HOURS. Returns how many were written.
 */
export async function sendEventReminders(now: Date = new Date()): Promise<number> {
  const until = new Date(now.getTime() + REMINDER_HOURS * 3_600_000);
  let written = 0;
  for (;;) {
    const due = await prisma.eventSignup.findMany({
      where: { remindedAt: null, event: { publishedAt: { not: null }, startsAt: { gt: now, lte: until } } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (due.length === 0) break;
    const rows = await prisma.$transaction(async (tx): Promise<CreatedRow[]> => {
      const claimed = await tx.eventSignup.updateManyAndReturn({
        where: { id: { in: due.map((d) => d.id) }, remindedAt: null },
        data: { remindedAt: now },
        select: { userId: true, event: { select: { title: true, startsAt: true } } },
      });
      return insertNotifications(tx, claimed.map((s) => ({ userId: s.userId, type: "EVENT_REMINDER" as const, data: { eventTitle: s.event.title, startsAt: s.event.startsAt.toISOString() } })));
    });
    await emailAfterCommit(rows);
    written += rows.length;
    if (due.length < BATCH) break;
  }
  return written;
}
