import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, databaseTimeouts, type PrismaClient } from "@/lib/db/client";
import { checkDatabase } from "@/lib/db/health";
import { startFreezableProxy, type FreezableProxy } from "@/tests/freezable-proxy";

// A frozen database (a stopped process, a hung network) answers nothing: no error, no close. A
// TCP proxy in front of PostgreSQL that stops forwarding is exactly that. Every wait must end.
let proxy: FreezableProxy;
let proxyUrl = "";

beforeAll(async () => {
  proxy = await startFreezableProxy(process.env.DATABASE_URL!);
  proxyUrl = proxy.url;
});

afterAll(async () => {
  await proxy.close();
});

async function timed<T>(work: Promise<T>): Promise<{ ms: number; result: T | Error }> {
  const started = performance.now();
  const result = await work.catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  return { ms: performance.now() - started, result };
}

describe("a frozen database", () => {
  let client: PrismaClient;

  it("ends a query on an open connection after the statement timeout, not never", async () => {
    client = createPrismaClient(proxyUrl, 2, databaseTimeouts(1_000, 1_500));
    expect(await client.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    proxy.freeze(true);
    const { ms, result } = await timed(client.$queryRaw`SELECT 1`);
    expect(result).toBeInstanceOf(Error);
    expect(ms).toBeLessThan(5_000);
  });

  it("gives health its answer (degraded) within its own timeout", async () => {
    const { ms, result } = await timed(checkDatabase(client, 1_000));
    expect(result).toEqual({ ok: false, error: "timeout" });
    expect(ms).toBeLessThan(1_500);
  });

  it("ends a new connection's wait after the connect timeout", async () => {
    const fresh = createPrismaClient(proxyUrl, 2, databaseTimeouts(1_000, 1_500));
    const { ms, result } = await timed(fresh.$queryRaw`SELECT 1`);
    expect(result).toBeInstanceOf(Error);
    expect(ms).toBeLessThan(5_000);
    await fresh.$disconnect().catch(() => undefined);
  });

  it("works again once the database answers", async () => {
    proxy.freeze(false);
    const again = createPrismaClient(proxyUrl, 2, databaseTimeouts(1_000, 1_500));
    expect(await again.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    expect(await checkDatabase(again, 1_000)).toMatchObject({ ok: true });
    await again.$disconnect();
    await client.$disconnect().catch(() => undefined);
  });
});
