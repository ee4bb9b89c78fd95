// `npm run dev` / `npm run demo`: one command to a running, seeded app.
// Without DATABASE_URL it serves an on-disk PGlite database (.data/pglite) over the Postgres wire
// protocol on a free local port, so the app keeps its one database code path (the pg adapter).
// It applies migrations, seeds the demo data on first start only, then runs Next.js.
//
// The first start must not leave a half-seeded database behind: the seed runs in one transaction,
// and the embedded database records its completion in the same transaction. An embedded database
// without that record is from a first start that did not finish, and is started over. Only one
// launcher may use the data directory at a time (launcher.lock, see data-lock.ts).
//
// REFLEKS_DATA_DIR moves the data directory (default .data). EMBEDDED_PREPARE_ONLY=1 stops after
// migrating and seeding, without starting Next.js (the tests use both).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { constants } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { createPrismaClient } from "../lib/db/client";
import { seedDemo } from "../tests/factories/demo-data";
import { DEMO_SEED_LAST_LOGIN_USER_ID } from "../tests/factories/demo-history";
import { acquireDataLock } from "./data-lock";

const mode = process.argv[2] === "demo" ? "demo" : "dev";
const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.resolve(root, process.env.REFLEKS_DATA_DIR || ".data");
const pgliteDir = path.join(dataDir, "pglite");
const prepareOnly = process.env.EMBEDDED_PREPARE_ONLY === "1";

/** A path as the user knows it: relative to the project when inside it. */
function shown(p: string): string {
  const relative = path.relative(root, p);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : p;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

// While a child runs, SIGINT/SIGTERM go to it and its exit ends the launcher in order. Otherwise
// (opening the database, seeding) the launcher exits at once; the "exit" handlers still run, so
// the lock is released, and an unfinished seed is a rolled-back transaction.
let children = 0;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (children === 0) process.exit(128 + constants.signals[signal]);
  });
}

// Async spawn on purpose: the PGlite server lives in this process and must keep answering.
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    children++;
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      children--;
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** Takes `<data>/launcher.lock` for this process, or says who has it. */
async function lockDataDir(): Promise<boolean> {
  const result = await acquireDataLock(path.join(dataDir, "launcher.lock"));
  if (!result.ok) {
    console.error(`✖ Another \`npm run dev\` or \`npm run demo\` is already using ${shown(dataDir)} (pid ${result.heldBy}). Stop it first.`);
    console.error(`  (If no such process is running, delete ${shown(path.join(dataDir, "launcher.lock"))}.)`);
    return false;
  }
  if (result.tookOverPid) console.log(`▸ ${shown(dataDir)} was locked by pid ${result.tookOverPid}, which is no longer running: taking over.`);
  process.on("exit", result.lock.release);
  return true;
}

type Rows = Record<string, unknown>[];
type Query = (sql: string, params?: unknown[]) => Promise<Rows>;

// The embedded database's record of a complete demo seed, in a schema of its own (Prisma's
// migrations manage only "public"). Written in the seed's transaction.
const SEED_MARKER = "refleks_embedded.demo_seed";
const markSeeded = [
  "CREATE SCHEMA IF NOT EXISTS refleks_embedded",
  `CREATE TABLE IF NOT EXISTS ${SEED_MARKER} (seeded_at timestamptz NOT NULL DEFAULT now())`,
  `INSERT INTO ${SEED_MARKER} DEFAULT VALUES`,
];

async function hasSeedMarker(query: Query): Promise<boolean> {
  const [table] = await query(`SELECT to_regclass('${SEED_MARKER}') IS NOT NULL AS present`);
  if (!table?.present) return false;
  const [row] = await query(`SELECT count(*)::int AS n FROM ${SEED_MARKER}`);
  return Number(row?.n) > 0;
}

/**
 * How far a demo seed got, judged from its data: "none" (no demo users), "partial", or
 * "complete" (it got as far as its history's last login). For databases seeded without the marker.
 */
async function demoSeedProgress(query: Query): Promise<"none" | "partial" | "complete"> {
  const [table] = await query(`SELECT to_regclass('"User"') IS NOT NULL AS present`);
  if (!table?.present) return "none";
  const [row] = await query(
    `SELECT count(*)::int AS demo, count(*) FILTER (WHERE id = $1 AND "lastLoginAt" IS NOT NULL)::int AS last FROM "User" WHERE id LIKE 'seed-%'`,
    [DEMO_SEED_LAST_LOGIN_USER_ID],
  );
  return Number(row?.last) > 0 ? "complete" : Number(row?.demo) > 0 ? "partial" : "none";
}

async function openPglite(): Promise<PGlite> {
  try {
    return await PGlite.create(pgliteDir);
  } catch (error) {
    console.error(`✖ Could not open the embedded database in ${shown(pgliteDir)}. To start over, delete that directory.`);
    throw error;
  }
}

type Embedded = { url: string; seeded: boolean; checkpoint: () => Promise<void>; stop: () => Promise<void> };

async function startEmbedded(): Promise<Embedded> {
  const existed = existsSync(pgliteDir) && readdirSync(pgliteDir).length > 0;
  let db = await openPglite();
  const query: Query = async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows;
  let seeded = await hasSeedMarker(query);
  if (!seeded && existed) {
    if ((await demoSeedProgress(query)) === "complete") {
      // Seeded completely by a launcher from before the marker: keep it, and mark it.
      await db.transaction(async (tx) => {
        for (const sql of markSeeded) await tx.exec(sql);
      });
      seeded = true;
    } else {
      // An earlier first start stopped before its seed committed (or during the migrations).
      console.log(`▸ The first start with ${shown(pgliteDir)} did not finish: starting over with an empty database.`);
      await db.close();
      rmSync(pgliteDir, { recursive: true, force: true });
      db = await openPglite();
    }
  }
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 10 });
  await server.start();
  console.log(`▸ Embedded PostgreSQL (PGlite) on 127.0.0.1:${port}, data in ${shown(pgliteDir)}`);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    seeded,
    // Writes the seed's pages to their files now, not at some later checkpoint.
    checkpoint: async () => void (await db.exec("CHECKPOINT")),
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** Seeds the demo data into an empty database; false if the database holds an unfinished seed. */
async function seedOnFirstStart(url: string, embedded: Embedded | null): Promise<boolean> {
  if (embedded?.seeded) return true;
  const db = createPrismaClient(url);
  try {
    // An embedded database without the marker is new or was just started over: it is empty.
    if (!embedded && (await db.user.count()) > 0) {
      const query: Query = (sql, params = []) => db.$queryRawUnsafe<Rows>(sql, ...params);
      if ((await demoSeedProgress(query)) !== "partial") return true;
      console.error(
        "✖ The demo data in DATABASE_URL is incomplete: an earlier seed stopped halfway, so the demo logins may not work.\n" +
          "  Complete it with `npm run db:seed` (safe to run again), or drop all data and seed again with `npm run db:reset`.",
      );
      return false;
    }
    console.log("▸ First start: seeding demo data …");
    // One transaction: stopped halfway, the seed leaves nothing, and the next start seeds again.
    const counts = await db.$transaction(
      async (tx) => {
        const result = await seedDemo(tx, new Date());
        if (embedded) for (const sql of markSeeded) await tx.$executeRawUnsafe(sql);
        return result;
      },
      { maxWait: 60_000, timeout: 30 * 60_000 },
    );
    await embedded?.checkpoint();
    console.log(`▸ Seeded ${counts.citizens} citizens, ${counts.employers} employers, ${counts.openings} openings.`);
    return true;
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<number> {
  mkdirSync(dataDir, { recursive: true });
  // The lock guards the embedded database; a real server is shared on purpose.
  if (!process.env.DATABASE_URL && !(await lockDataDir())) return 1;
  const embedded = process.env.DATABASE_URL ? null : await startEmbedded();
  const url = process.env.DATABASE_URL ?? embedded!.url;
  const env = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: authSecret(),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    DEMO_MODE: process.env.DEMO_MODE ?? "1",
  };
  try {
    if ((await run(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], env)) !== 0) return 1;
    if (!(await seedOnFirstStart(url, embedded))) return 1;
    if (prepareOnly) {
      console.log("▸ Database ready (EMBEDDED_PREPARE_ONLY=1: Next.js is not started).");
      return 0;
    }
    const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
    const server = ["--import", "tsx", path.join(root, "scripts", "server.ts")];
    const port = process.env.PORT ?? "3000";
    if (mode === "dev") return await run(process.execPath, [...server, "--dev", "-p", port], env);
    if ((await run(process.execPath, [next, "build"], env)) !== 0) return 1;
    return await run(process.execPath, [...server, "-p", port], env);
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
