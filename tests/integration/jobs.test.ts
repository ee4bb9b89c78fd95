import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { prisma } from "@/lib/db/client";
import { enqueueRecompute, QUEUES, startJobs, stopJobs } from "@/lib/jobs";
import { createCitizen, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// pg-boss against the integration database: a recompute job is sent, a worker picks it up and the
// stored score changes. Schedules are left off so the test does not leave cron entries behind.
const p = uniquePrefix("jobs");
let boss: PgBoss;
let matchId: string;

async function waitFor(check: () => Promise<boolean>, ms = 20_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

beforeAll(async () => {
  const m = await createMunicipality(prisma, p);
  const citizen = await createCitizen(prisma, `${p}-c`, m.code);
  const { opening } = await createEmployerWithOpening(prisma, `${p}-e`, m.code);
  // A stale snapshot: score -1 can never come out of the engine.
  matchId = (await prisma.match.create({ data: { openingId: opening.id, citizenId: citizen.id, status: "PROPOSED", score: -1 } })).id;
  boss = await startJobs(process.env.DATABASE_URL!, { schedule: false });
}, 60_000);

afterAll(async () => {
  await stopJobs();
});

describe("background jobs", () => {
  it("processes a recompute-suggestions job sent to the queue", async () => {
    const { openingId } = await prisma.match.findUniqueOrThrow({ where: { id: matchId }, select: { openingId: true } });
    const jobId = await boss.send(QUEUES.recomputeSuggestions, { openingId });
    expect(jobId).toBeTruthy();
    const done = await waitFor(async () => (await prisma.match.findUniqueOrThrow({ where: { id: matchId }, select: { score: true } })).score !== -1);
    expect(done).toBe(true);
    const job = await boss.getJobById(QUEUES.recomputeSuggestions, jobId!);
    expect(job?.state).toBe("completed");
  }, 30_000);

  it("queues recomputes through enqueueRecompute while the workers run", async () => {
    await prisma.match.update({ where: { id: matchId }, data: { score: -1 } });
    const { citizenId } = await prisma.match.findUniqueOrThrow({ where: { id: matchId }, select: { citizenId: true } });
    await enqueueRecompute({ profileId: citizenId });
    // Debounced into the next 30-second slot at most.
    expect(await waitFor(async () => (await prisma.match.findUniqueOrThrow({ where: { id: matchId }, select: { score: true } })).score !== -1, 45_000)).toBe(true);
  }, 60_000);
});
