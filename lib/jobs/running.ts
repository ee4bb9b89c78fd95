import type PgBoss from "pg-boss";

// The workers running in this process, if any. Cached on globalThis so hot reload in development
// does not start a second set of workers.
type Jobs = { boss: PgBoss };
const slot = globalThis as unknown as { refleksJobs?: Jobs };

export function runningBoss(): PgBoss | null {
  return slot.refleksJobs?.boss ?? null;
}

export function setRunningBoss(boss: PgBoss | null): void {
  slot.refleksJobs = boss ? { boss } : undefined;
}
