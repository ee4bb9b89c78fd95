import type { RecomputeTarget } from "@/lib/db/match-recompute";

// What each queue does. The lib/db modules are imported when a job runs, so starting the
// workers stays cheap and the pure job code does not load Prisma before it is needed.

export async function runFollowUpReminders(now: Date = new Date()): Promise<number> {
  const { sendFollowUpReminders } = await import("@/lib/db/placements");
  return sendFollowUpReminders(now);
}

export async function runNotificationEmails(now: Date = new Date()): Promise<number> {
  const { sendUnsentNotificationEmails } = await import("@/lib/db/notification-outbox");
  return sendUnsentNotificationEmails(now);
}

export async function runRecompute(target: RecomputeTarget): Promise<number> {
  const { recomputeMatchScores } = await import("@/lib/db/match-recompute");
  return recomputeMatchScores(target);
}

/** A job's data for recompute-suggestions: exactly one of profileId and openingId. */
export function toRecomputeTarget(data: unknown): RecomputeTarget | null {
  const d = (data ?? {}) as { profileId?: unknown; openingId?: unknown };
  if (typeof d.profileId === "string" && d.profileId && d.openingId === undefined) return { profileId: d.profileId };
  if (typeof d.openingId === "string" && d.openingId && d.profileId === undefined) return { openingId: d.openingId };
  return null;
}
