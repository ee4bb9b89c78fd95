import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { DEMO_INVITATION_TOKEN } from "../../lib/auth/demo-accounts";
import { startFreezableProxy, type FreezableProxy } from "../freezable-proxy";
import { e2ePort, serverEnv } from "./server-env";

// Issue 13: a frozen database (not stopped: it answers nothing) must not hang the app. A web
// instance of its own talks to PostgreSQL through a TCP proxy in this test that can stop
// forwarding. While frozen, health says 503 within 10 s and a page that needs the database shows
// the error page within 15 s; afterwards the instance works again by itself.
const port = e2ePort + 3;
const base = `http://localhost:${port}`;
let proxy: FreezableProxy;
let instance: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  proxy = await startFreezableProxy(serverEnv.DATABASE_URL);
  instance = spawn("node", ["--import", "tsx", "scripts/server.ts", "-p", String(port)], {
    env: { ...process.env, ...serverEnv, DATABASE_URL: proxy.url, PORT: String(port) },
    stdio: "ignore",
  });
  await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  instance?.kill("SIGKILL");
  await proxy.close();
});

async function timed(url: string): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
  return { status: response.status, ms: Date.now() - started };
}

test("health says 503 and pages fail fast while the database is frozen, and all is well after", async ({ page }) => {
  test.setTimeout(90_000);
  const invite = `${base}/invite/${DEMO_INVITATION_TOKEN}`;
  expect((await timed(invite)).status).toBe(200);

  proxy.freeze(true);
  const health = await timed(`${base}/api/health`);
  expect(health.status).toBe(503);
  expect(health.ms).toBeLessThan(10_000);
  const started = Date.now();
  await page.goto(invite);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Noget gik galt", { timeout: 15_000 });
  expect(Date.now() - started).toBeLessThan(15_000);

  proxy.freeze(false);
  await expect.poll(async () => (await timed(`${base}/api/health`)).status, { timeout: 20_000 }).toBe(200);
  await expect.poll(async () => (await timed(invite)).status, { timeout: 20_000 }).toBe(200);
});
