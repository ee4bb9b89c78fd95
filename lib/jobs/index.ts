import PgBoss from "pg-boss";
import type { RecomputeTarget } from "@/lib/db/match-recompute";
import { pruneAuditEvents } from "@/lib/db/audit";
import { prunePoolChanges } from "@/lib/db/pool-feed";
import { pruneRateLimits } from "@/lib/db/rate-limits";
import { env } from "@/lib/runtime/env";
import { logger } from "@/lib/runtime/logger";
import { runEmailDigest, runEventReminders, runFollowUpReminders, runJobAgent, runNotificationEmails, runRecompute, runRefreshResults, toRecomputeTarget } from "./handlers";
import { QUEUE_OPTIONS, QUEUES, SCHEDULES } from "./queues";
import { runningBoss, setRunningBoss } from "./running";

// Background work with pg-boss in the app's own PostgreSQL (schema "pgboss", created on start).
// The app starts it from instrumentation.ts unless JOBS=0; `npm run worker` runs only the jobs.
// In production: web instances with JOBS=0 and one worker (docs/deployment.md). Web instances
// still send jobs (lib/jobs/send.ts); pg-boss hands each job to exactly one worker.

export { QUEUES } from "./queues";

/**
 * A job's work, logged when it fails (with the queue and job ids) and then thrown again, so
 * pg-boss records the failure and retries the job; a job never ends "completed" after an error.
 */
function logged<T extends { id: string }[]>(queue: string, work: (jobs: T) => Promise<void>): (jobs: T) => Promise<void> {
  return async (jobs) => {
    try {
      await work(jobs);
    } catch (err) {
      logger.error({ err, queue, jobIds: jobs.map((j) => j.id) }, "background job failed; pg-boss will retry it");
      throw err;
    }
  };
}

/** Starts pg-boss and registers the workers and schedules. Returns the running instance. */
export async function startJobs(databaseUrl: string, { schedule = true }: { schedule?: boolean } = {}): Promise<PgBoss> {
  const running = runningBoss();
  if (running) return running;
  // Two connections: enough for three light queues, and the embedded PGlite server has few to spare.
  const boss = new PgBoss({ connectionString: databaseUrl, max: 2 });
  boss.on("error", (err) => logger.error({ err }, "background jobs error"));
  await boss.start();
  for (const name of Object.values(QUEUES)) await boss.createQueue(name, { name, ...QUEUE_OPTIONS[name] });

  await boss.work(QUEUES.followUpReminders, logged(QUEUES.followUpReminders, async () => {
    const sent = await runFollowUpReminders(new Date());
    if (sent > 0) logger.info({ sent }, "follow-up reminders sent");
  }));
  await boss.work(QUEUES.eventReminders, logged(QUEUES.eventReminders, async () => {
    const sent = await runEventReminders(new Date());
    if (sent > 0) logger.info({ sent }, "event reminders sent");
  }));
  await boss.work(QUEUES.notificationEmails, logged(QUEUES.notificationEmails, async () => {
    const sent = await runNotificationEmails(new Date());
    if (sent > 0) logger.info({ sent }, "notification e-mails sent from the outbox");
  }));
  await boss.work(QUEUES.emailDigest, logged(QUEUES.emailDigest, async () => {
    const sent = await runEmailDigest(new Date());
    if (sent > 0) logger.info({ sent }, "daily digests sent");
  }));
  await boss.work(QUEUES.jobAgent, logged(QUEUES.jobAgent, async () => {
    const sent = await runJobAgent(new Date());
    if (sent > 0) logger.info({ sent }, "job agent mails sent");
  }));
  await boss.work<unknown>(QUEUES.recomputeSuggestions, logged(QUEUES.recomputeSuggestions, async (jobs) => {
    for (const job of jobs) {
      const target = toRecomputeTarget(job.data);
      if (target) await runRecompute(target);
    }
  }));
  await boss.work(QUEUES.prunePoolChanges, logged(QUEUES.prunePoolChanges, async () => {
    const pruned = await prunePoolChanges();
    if (pruned > 0) logger.info({ pruned }, "old pool change rows pruned");
  }));
  await boss.work(QUEUES.pruneRateLimits, logged(QUEUES.pruneRateLimits, async () => {
    const pruned = await pruneRateLimits();
    if (pruned > 0) logger.info({ pruned }, "expired rate-limit rows pruned");
  }));
  await boss.work(QUEUES.pruneAuditEvents, logged(QUEUES.pruneAuditEvents, async () => {
    const pruned = await pruneAuditEvents(new Date(), env.AUDIT_RETENTION_DAYS);
    if (pruned > 0) logger.info({ pruned, days: env.AUDIT_RETENTION_DAYS }, "audit rows past the retention deleted");
  }));
  await boss.work(QUEUES.refreshResults, logged(QUEUES.refreshResults, async ([job]: PgBoss.Job<object>[]) => {
    const refreshed = await runRefreshResults(job?.data);
    if (refreshed > 0) logger.info({ refreshed }, "results snapshots refreshed");
  }));
  if (schedule) {
    for (const [name, cron] of Object.entries(SCHEDULES)) await boss.schedule(name, cron, {}, { tz: "Europe/Copenhagen" });
  }
  setRunningBoss(boss);
  // Results snapshots that are missing or old are made now, not at the next scheduled run (a new
  // deployment, a fresh demo database). The stately queue keeps one such job however many start.
  await boss.send(QUEUES.refreshResults, {}, { singletonKey: "stale" });
  return boss;
}

/** Stops the workers (waits for running jobs). */
export async function stopJobs(): Promise<void> {
  const boss = runningBoss();
  setRunningBoss(null);
  if (boss) await boss.stop({ graceful: true, wait: true });
}

/**
 * Asks for a profile's or an opening's open suggestions to be re-scored. With the workers running
 * it is queued (one job per target within 30 seconds, so a burst of saves costs one run);
 * without them (JOBS=0, tests, scripts) it runs right away, so the data is never left stale.
 */
export async function enqueueRecompute(target: RecomputeTarget): Promise<void> {
  const boss = runningBoss();
  if (!boss) {
    await runRecompute(target);
    return;
  }
  const key = "profileId" in target ? `profile:${target.profileId}` : `opening:${target.openingId}`;
  await boss.sendDebounced(QUEUES.recomputeSuggestions, target, {}, 30, key);
}
