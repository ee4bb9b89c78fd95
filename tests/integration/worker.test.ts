import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { requestResultsRefresh } from "@/lib/jobs/send";
import { createConsultant, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// `npm run worker` as its own process, and this test process as a web instance with JOBS=0 (no
// workers here): a consultant's request goes through the send-only pg-boss, the worker computes
// the snapshot, and SIGTERM stops the worker cleanly.
const root = path.resolve(import.meta.dirname, "../..");
const p = uniquePrefix("wk");
const port = 3950 + (process.pid % 40);
let worker: ChildProcess;
let exited: Promise<number | null>;
let actor: { id: string; role: "CONSULTANT"; municipalityId: string };

async function until<T>(read: () => Promise<T | null | undefined>, ms = 30_000): Promise<T | null> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await read().catch(() => null);
    if (value) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

beforeAll(async () => {
  // Made before the worker starts: its first run finds this municipality without a snapshot.
  const m = await createMunicipality(prisma, p);
  const k = await createConsultant(prisma, `${p}-k`, m.code);
  actor = { id: k.id, role: "CONSULTANT", municipalityId: m.id };
  worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "silent", JOBS_SCHEDULE: "0", WORKER_PORT: String(port) },
    stdio: "ignore",
  });
  exited = new Promise((resolve) => worker.on("exit", (code) => resolve(code)));
  expect(await until(async () => (await fetch(`http://127.0.0.1:${port}/health`)).ok)).toBe(true);
}, 60_000);

afterAll(() => {
  if (worker.exitCode === null) worker.kill("SIGKILL");
});

describe("npm run worker", () => {
  it("computes the figures a consultant asked for through an instance without workers", async () => {
    const m = { id: actor.municipalityId };
    // The worker makes the first snapshot by itself when it starts (missing ones are stale)...
    const first = await until(() => prisma.resultSnapshot.findUnique({ where: { municipalityId: m.id } }));
    expect(first).not.toBeNull();
    // ...and a new one when asked, through the send-only sender (no workers in this process).
    const asked = new Date();
    expect(await requestResultsRefresh(actor, asked)).toBe(true);
    const next = await until(async () => {
      const row = await prisma.resultSnapshot.findUnique({ where: { municipalityId: m.id } });
      return row && row.computedAt >= asked ? row : null;
    });
    expect(next?.requestedAt).toEqual(asked);
    expect(next!.computedAt.getTime()).toBeGreaterThanOrEqual(asked.getTime());
  }, 60_000);

  it("stops on SIGTERM with exit code 0", async () => {
    worker.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 30_000);
});
