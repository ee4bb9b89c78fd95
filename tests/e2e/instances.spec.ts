import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { query } from "./db";
import { signInAs } from "./helpers";
import { e2ePort, e2ePortB, serverEnv } from "./server-env";

// Issue 11: the production layout on one database. Its own project, run after every other (so
// no other test sends jobs meanwhile). Instance A is Playwright's web server, the
// worker runs beside it (playwright.config.ts), and this test starts web instance B. A decision
// taken through A is seen through B; figures asked for through B are computed once, by the
// worker, and seen through A.
const A = `http://localhost:${e2ePort}`;
const B = `http://localhost:${e2ePortB}`;
let instanceB: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  instanceB = spawn("node", ["--import", "tsx", "scripts/server.ts", "-p", String(e2ePortB)], {
    env: { ...process.env, ...serverEnv, PORT: String(e2ePortB) },
    stdio: "ignore",
  });
  await expect.poll(async () => (await fetch(`${B}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => {
  instanceB?.kill("SIGTERM");
});

async function consultantOn(browser: Browser, base: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: base })).newPage();
  await signInAs(page, "CONSULTANT");
  return page;
}

test("two web instances and one worker: a decision through A is seen through B, and a job asked for through B runs once in the worker", async ({ browser }) => {
  test.setTimeout(120_000);
  const [a, b] = [await consultantOn(browser, A), await consultantOn(browser, B)];

  // 1. The demo citizen's own interest (seed-match-2) waits in Gentofte's queue: rejected through A.
  await b.goto("/consultant/queue/seed-match-2");
  await expect(b.getByRole("main")).toContainText("Venter på en beslutning");
  await a.goto("/consultant/queue");
  await a.locator("#queue-seed-match-2-reason").fill("Timerne passer ikke lige nu (instans A).");
  await a.locator("form").filter({ has: a.locator("#queue-seed-match-2-reason") }).getByRole("button", { name: /Afvis/ }).click();
  await expect(a.getByText("Matchet er afvist. Begrundelsen er gemt i historikken.")).toBeVisible();
  await b.reload();
  await expect(b.getByRole("main")).toContainText("Afvist");
  await expect(b.getByRole("main")).toContainText("Timerne passer ikke lige nu (instans A).");

  // 2. New figures asked for through B: the worker computes them, A shows them.
  const [gentofte] = await query<{ id: string }>(`SELECT id FROM "Municipality" WHERE code = '0157'`);
  const [{ asked }] = (await query<{ asked: Date }>(`SELECT now() AS asked`)) as [{ asked: Date }];
  await b.goto("/consultant/results");
  await b.getByRole("button", { name: "Regn tallene ud igen" }).click();
  await expect(b.getByText("Tak. Vi regner tallene ud igen.")).toBeVisible();
  const computedAt = async () =>
    (await query<{ computedAt: Date }>(`SELECT "computedAt" FROM "ResultSnapshot" WHERE "municipalityId" = $1 AND "computedAt" >= $2`, [gentofte!.id, asked]))[0]?.computedAt ?? null;
  await expect.poll(computedAt, { timeout: 30_000, intervals: [500] }).not.toBeNull();
  const shown = new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Copenhagen" }).format((await computedAt())!);
  await a.goto("/consultant/results");
  await expect(a.getByText(`Tal pr. ${shown}`)).toBeVisible();

  // The job for Gentofte ran once, and not in a web instance: it completed in pg-boss, which
  // only the worker serves (both web instances have JOBS=0).
  const jobs = await query<{ state: string; retry_count: number }>(
    `SELECT state, retry_count FROM pgboss.job WHERE name = 'refresh-results' AND singleton_key = $1 AND created_on >= $2`,
    [gentofte!.id, asked],
  );
  expect(jobs).toEqual([{ state: "completed", retry_count: 0 }]);
});
