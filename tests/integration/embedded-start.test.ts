import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { demoAccounts, demoPassword } from "@/lib/auth/demo-accounts";
import { buildDemoCitizens } from "@/tests/factories/citizens";
import { DEMO_CITIZEN_COUNT } from "@/tests/factories/demo-data";
import { planDemoHistory } from "@/tests/factories/demo-history";
import { consultants } from "@/tests/factories/demo-people";
import { storyEmployers } from "@/tests/factories/story-employers";

// `npm run dev`'s launcher (scripts/embedded.ts) as real processes on the embedded PGlite database
// in a temporary data directory, stopped after migrating and seeding (EMBEDDED_PREPARE_ONLY=1).
// Not on the test PostgreSQL: DATABASE_URL is removed from the launchers' environment.
const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "refleks-embedded-"));
const lockFile = path.join(dataDir, "launcher.lock");
const seeding = "First start: seeding demo data";
const seeded = /Seeded \d+ citizens/;

type Launcher = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function launch(dir = dataDir): Launcher {
  const env: NodeJS.ProcessEnv = { ...process.env, REFLEKS_DATA_DIR: dir, EMBEDDED_PREPARE_ONLY: "1", LOG_LEVEL: "silent" };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/embedded.ts", "dev"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? -1 : null))));
  return { child, output: () => output, exited };
}

async function until(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const lockPid = () => (existsSync(lockFile) ? Number(readFileSync(lockFile, "utf8").trim()) : null);

/** A pid that no process has now: one that just ran and exited. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", ""]).pid;
  expect(() => process.kill(pid, 0)).toThrow();
  return pid;
}

/** What a complete demo seed writes (the history's matches aside). */
function completeSeedCounts() {
  const citizens = buildDemoCitizens(DEMO_CITIZEN_COUNT);
  const alumni = planDemoHistory(new Date(), citizens).alumni.length;
  const employers = storyEmployers();
  const members = employers.reduce((n, e) => n + e.members.length, 0);
  return {
    users: consultants.length + members + citizens.length + alumni,
    citizens: citizens.length + alumni,
    employers: employers.length,
    openings: employers.reduce((n, e) => n + e.openings.length, 0),
  };
}

let first: Launcher | undefined;

afterAll(() => {
  if (first?.child.exitCode === null) first.child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run dev on the embedded database", () => {
  it("refuses a second launcher on the same data directory and leaves the first one's lock", async () => {
    first = launch();
    await until(() => first!.output().includes(seeding), "the first start to seed");
    // Halfway through the seed (it takes seconds), freeze the first launcher: alive, holding the lock.
    await new Promise((r) => setTimeout(r, 1000));
    first.child.kill("SIGSTOP");
    expect(first.output()).not.toMatch(seeded);
    expect(lockPid()).toBe(first.child.pid);

    const second = launch();
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`Another \`npm run dev\` or \`npm run demo\` is already using ${dataDir} (pid ${first.child.pid}). Stop it first.`);
    expect(second.output()).not.toContain(seeding);
    expect(lockPid()).toBe(first.child.pid);
  }, 120_000);

  it("starts over after a first start killed while seeding, and the demo citizen can sign in", async () => {
    first!.child.kill("SIGKILL");
    expect(await first!.exited).toBe(-1);
    expect(first!.output()).not.toMatch(seeded);
    // Killed: its lock stays behind, with a pid that no longer runs.
    expect(lockPid()).toBe(first!.child.pid);

    const again = launch();
    expect(await again.exited).toBe(0);
    const output = again.output();
    expect(output).toContain(`was locked by pid ${first!.child.pid}, which is no longer running: taking over.`);
    expect(output).toContain("did not finish: starting over with an empty database.");
    expect(output).toMatch(seeded);
    expect(existsSync(lockFile)).toBe(false);

    const citizen = demoAccounts.find((a) => a.role === "CITIZEN")!;
    const check = spawnSync(process.execPath, ["--import", "tsx", "tests/integration/instances/embedded-sign-in.ts", path.join(dataDir, "pglite"), citizen.email, demoPassword], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: "silent" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(check.status, check.stderr).toBe(0);
    const result = JSON.parse(check.stdout.trim().split("\n").at(-1)!);
    expect(result.user).toMatchObject({ email: citizen.email, role: "CITIZEN" });
    expect(result.counts).toMatchObject({ ...completeSeedCounts(), seedMarkers: 1 });
  }, 180_000);

  it("takes over a stale lock, and keeps a database whose seed completed", async () => {
    const stale = deadPid();
    writeFileSync(lockFile, `${stale}\n`);
    const launcher = launch();
    expect(await launcher.exited).toBe(0);
    expect(launcher.output()).toContain(`was locked by pid ${stale}, which is no longer running: taking over.`);
    expect(launcher.output()).not.toContain("did not finish");
    expect(launcher.output()).not.toContain(seeding);
    expect(existsSync(lockFile)).toBe(false);
  }, 120_000);

  it("releases its lock when stopped with Ctrl-C (SIGINT) while seeding", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "refleks-embedded-"));
    try {
      const launcher = launch(dir);
      await until(() => launcher.output().includes(seeding), "the first start to seed");
      expect(Number(readFileSync(path.join(dir, "launcher.lock"), "utf8"))).toBe(launcher.child.pid);
      launcher.child.kill("SIGINT");
      expect(await launcher.exited).toBe(130);
      expect(existsSync(path.join(dir, "launcher.lock"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
