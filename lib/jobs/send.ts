import PgBoss from "pg-boss";
import { markResultsRequested } from "@/lib/db/results";
import { env } from "@/lib/runtime/env";
import { logger } from "@/lib/runtime/logger";
import { runningBoss } from "./running";
import { QUEUE_OPTIONS, QUEUES } from "./queues";

// Sending a job from any instance, also a web instance with JOBS=0 that runs no workers: it then
// uses a send-only pg-boss (one connection, no supervision, no schedules), started on first use.
// The job itself runs wherever workers run (`npm run worker`). What must not be lost is written
// to the app's own tables first (e.g. ResultSnapshot.requestedAt), so a failed send only delays it:
// the scheduled run picks it up.

type Sender = { boss: Promise<PgBoss>; queues: Set<string> };
const slot = globalThis as unknown as { refleksJobSender?: Sender };

function sender(): Sender {
  if (!slot.refleksJobSender) {
    const boss = new PgBoss({ connectionString: env.DATABASE_URL, max: 1, supervise: false, schedule: false });
    boss.on("error", (err) => logger.error({ err }, "job sender error"));
    const started = boss.start().catch((err: unknown) => {
      slot.refleksJobSender = undefined; // try again on the next send
      throw err;
    });
    slot.refleksJobSender = { boss: started, queues: new Set() };
  }
  return slot.refleksJobSender;
}

type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Sends one job; returns false (and logs) when it could not be sent. */
export async function sendJob(name: QueueName, data: object, options: PgBoss.SendOptions = {}): Promise<boolean> {
  try {
    const own = runningBoss();
    if (own) {
      await own.send(name, data, options);
      return true;
    }
    const s = sender();
    const boss = await s.boss;
    if (!s.queues.has(name)) {
      await boss.createQueue(name, { name, ...QUEUE_OPTIONS[name] }); // idempotent; the worker may not have started yet
      s.queues.add(name);
    }
    await boss.send(name, data, options);
    return true;
  } catch (err) {
    logger.error({ err, queue: name }, "job could not be sent; the scheduled run will catch up");
    return false;
  }
}

/**
 * Asks for new results figures for the consultant's municipality: marks the snapshot as asked for
 * (durable) and sends a job for it (prompt). Returns false for a non-consultant.
 */
export async function requestResultsRefresh(actor: Parameters<typeof markResultsRequested>[0], now: Date = new Date()): Promise<boolean> {
  const municipalityId = await markResultsRequested(actor, now);
  if (!municipalityId) return false;
  await sendJob(QUEUES.refreshResults, { municipalityId }, { singletonKey: municipalityId });
  return true;
}
