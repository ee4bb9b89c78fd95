import { spawn, type ChildProcess } from "node:child_process";
import { connect, createServer, type Server, type Socket } from "node:net";
import { expect, test } from "@playwright/test";
import { DEMO_INVITATION_TOKEN } from "../../lib/demo-accounts";
import { e2ePort, serverEnv } from "./server-env";

// Issue 13: a frozen database (not stopped: it answers nothing) must not hang the app. A web
// instance of its own talks to PostgreSQL through a TCP proxy in this test that can stop
// forwarding. While frozen, health says 503 within 10 s and a page that needs the database shows
// the error page within 15 s; afterwards the instance works again by itself.
const port = e2ePort + 3;
const base = `http://localhost:${port}`;
let proxy: Server;
let frozen = false;
const sockets = new Set<Socket>();
let instance: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const target = new URL(serverEnv.DATABASE_URL);
  proxy = createServer((client) => {
    const server = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(server);
    client.on("data", (chunk) => void (frozen || server.write(chunk)));
    server.on("data", (chunk) => void (frozen || client.write(chunk)));
    const close = () => (client.destroy(), server.destroy());
    client.on("close", close).on("error", close);
    server.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const address = proxy.address();
  const proxied = Object.assign(new URL(target.href), { host: `127.0.0.1:${typeof address === "object" && address ? address.port : 0}` }).href;
  instance = spawn("node", ["--import", "tsx", "scripts/server.ts", "-p", String(port)], {
    env: { ...process.env, ...serverEnv, DATABASE_URL: proxied, PORT: String(port) },
    stdio: "ignore",
  });
  await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  instance?.kill("SIGKILL");
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
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

  frozen = true;
  const health = await timed(`${base}/api/health`);
  expect(health.status).toBe(503);
  expect(health.ms).toBeLessThan(10_000);
  const started = Date.now();
  await page.goto(invite);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Noget gik galt", { timeout: 15_000 });
  expect(Date.now() - started).toBeLessThan(15_000);

  frozen = false;
  await expect.poll(async () => (await timed(`${base}/api/health`)).status, { timeout: 20_000 }).toBe(200);
  await expect.poll(async () => (await timed(invite)).status, { timeout: 20_000 }).toBe(200);
});
