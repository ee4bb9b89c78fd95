import type { RecomputeTarget } from "@/lib/db/match-recompute";

// What each queue does. The lib/db modules are imported when a job runs, so starting the
// workers stays cheap and the pure job code does not load Prisma before it is needed.

export async function runFollowUpReminders(now: Date = new Date()): Promise<number> {
  const { sendFollowUpReminders } = await import("@/lib/db/placements");
  return sendFollowUpReminders(now);
}

export async function runEventReminders(now: Date = new Date()): Promise<number> {
  const { sendEventReminders } = await import("@/lib/db/event-reminders");
  return sendEventReminders(now);
}

export async function runNotificationEmails(now: Date = new Date()): Promise<number> {
  const { sendUnsentNotificationEmails } = await import("@/lib/db/notification-outbox");
  return sendUnsentNotificationEmails(now);
}

export async function runEmailDigest(now: Date = new Date()): Promise<number> {
  const { sendDailyDigests } = await import("@/lib/db/email-digest");
  return sendDailyDigests(now);
}

export async function runJobAgent(now: Date = new Date()): Promise<number> {
  const { sendJobAgentMails } = await import("@/lib/db/job-agent");
  return sendJobAgentMails(now);
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

/**
 * refresh-results: with a municipalityId, that municipality's figures; without (the schedule),
 * every municipality whose snapshot is missing, over an hour old, or asked for. One at a time, so
 * memory stays that of the largest municipality. A failure throws after the others are done, so
 * pg-boss retries the job and the error is in the log. Returns how many were refreshed.
 */
export async function runRefreshResults(data: unknown, now: () => Date = () => new Date()): Promise<number> {
  const { refreshResultSnapshot, staleResultMunicipalities } = await import("@/lib/db/results");
  const { logger } = await import("@/lib/runtime/logger");
  const one = toMunicipalityId(data);
  const ids = one ? [one] : await staleResultMunicipalities(now());
  const failed: string[] = [];
  for (const id of ids) {
    try {
      await refreshResultSnapshot(id, now());
    } catch (err) {
      logger.error({ err, municipalityId: id }, "results snapshot could not be refreshed");
      failed.push(id);
    }
  }
  if (failed.length > 0) throw new Error(`results snapshot failed for ${failed.length} of ${ids.length} municipalities`);
  return ids.length;
}

function toMunicipalityId(data: unknown): string | null {
  const id = (data ?? {}) as { municipalityId?: unknown };
  return typeof id.municipalityId === "string" && id.municipalityId.length > 0 && id.municipalityId.length <= 64 ? id.municipalityId : null;
}
