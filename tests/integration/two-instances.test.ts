import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { fakerDA } from "@faker-js/faker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { buildCitizen } from "@/tests/factories/citizens";
import { upsertCitizen } from "@/tests/factories/persist";
import { createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// Two instances of the app on one database, each with its own in-memory ranking pools (each a
// process of its own: instances/pool-instance.ts). A change made through one must reach the
// other's pool by itself (NOTIFY, or the timer) within 2 s, and its rankings at once.

const root = path.resolve(import.meta.dirname, "../..");

class Instance {
  private proc: ChildProcessWithoutNullStreams;
  private pending: ((line: string) => void)[] = [];

  constructor() {
    this.proc = spawn(process.execPath, ["--import", "tsx", "tests/integration/instances/pool-instance.ts"], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    createInterface({ input: this.proc.stdout }).on("line", (line) => this.pending.shift()?.(line));
  }

  ask<T>(command: object): Promise<T> {
    return new Promise((resolve, reject) => {
      this.pending.push((line) => {
        const out = JSON.parse(line) as T & { error?: string };
        if (out.error) reject(new Error(out.error));
        else resolve(out);
      });
      this.proc.stdin.write(`${JSON.stringify(command)}\n`);
    });
  }

  stop() {
    this.proc.stdin.end();
    this.proc.kill();
  }
}

const p = uniquePrefix("two");
let a: Instance;
let b: Instance;
let world: { openingId: string; employer: { id: string; role: "EMPLOYER" }; citizen: { id: string; role: "CITIZEN" }; profileId: string };

beforeAll(async () => {
  await createMunicipality(prisma, p);
  const { opening, member } = await createEmployerWithOpening(prisma, p, p);
  const citizen = buildCitizen(fakerDA, 0, {
    id: `${p}-c`, alias: `${p} alias`, municipalityCode: p, postalCode: "2820", skills: ["rengøring"], hoursMin: 4, hoursMax: 8,
    availability: [], needs: [], maxCommuteKm: undefined, status: "SEEKING", visibleToEmployers: true, consultantEmail: undefined,
  });
  await upsertCitizen(prisma, { ...citizen, user: { ...citizen.user, id: `${p}-cu`, email: `${p}-c@test.dk` } }, null);
  world = { openingId: opening.id, employer: { id: member.id, role: "EMPLOYER" }, citizen: { id: `${p}-cu`, role: "CITIZEN" }, profileId: `${p}-c` };
  a = new Instance();
  b = new Instance();
  await Promise.all([a.ask({ cmd: "ready" }), b.ask({ cmd: "ready" })]);
});

afterAll(async () => {
  a?.stop();
  b?.stop();
  await prisma.$disconnect();
});

async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not within ${ms} ms`);
}

describe("two app instances on one database", () => {
  it("a citizen hiding their profile through A leaves B's pool and rankings within 2 s", async () => {
    const ranked = () => b.ask<{ ids: string[] }>({ cmd: "ranked", actor: world.employer, openingId: world.openingId });
    expect((await ranked()).ids).toContain(world.profileId);
    expect((await b.ask<{ inPool: boolean }>({ cmd: "inPool", profileId: world.profileId })).inPool).toBe(true);

    expect((await a.ask<{ ok: boolean }>({ cmd: "setVisible", actor: world.citizen, visible: false })).ok).toBe(true);
    // B's pool follows by itself (no request to B in between)…
    await within(2000, async () => !(await b.ask<{ inPool: boolean }>({ cmd: "inPool", profileId: world.profileId })).inPool);
    // …and a ranking through B no longer shows the profile.
    expect((await ranked()).ids).not.toContain(world.profileId);

    // Back to visible through B: A follows.
    expect((await b.ask<{ ok: boolean }>({ cmd: "setVisible", actor: world.citizen, visible: true })).ok).toBe(true);
    await within(2000, async () => (await a.ask<{ inPool: boolean }>({ cmd: "inPool", profileId: world.profileId })).inPool);
  });

  it("a change written by plain SQL (no app involved) reaches both instances' pools", async () => {
    await prisma.$executeRaw`UPDATE "CitizenProfile" SET "visibleToEmployers" = false WHERE id = ${world.profileId}`;
    const gone = (i: Instance) => async () => !(await i.ask<{ inPool: boolean }>({ cmd: "inPool", profileId: world.profileId })).inPool;
    await Promise.all([within(2000, gone(a)), within(2000, gone(b))]);
  });
});
