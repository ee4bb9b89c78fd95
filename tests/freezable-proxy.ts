import { connect, createServer, type Socket } from "node:net";

// A TCP proxy in front of PostgreSQL that can stop forwarding: a frozen database (a stopped
// process, a hung network) answers nothing, with no error and no close. Used by the timeout
// tests (tests/integration/database-timeouts.test.ts, tests/e2e/database-freeze.spec.ts).
export type FreezableProxy = { url: string; freeze: (frozen: boolean) => void; close: () => Promise<void> };

/** Starts the proxy for a postgresql:// URL; `url` is the same URL through the proxy. */
export async function startFreezableProxy(databaseUrl: string): Promise<FreezableProxy> {
  const target = new URL(databaseUrl);
  let frozen = false;
  const sockets = new Set<Socket>();
  const proxy = createServer((client) => {
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
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: Object.assign(new URL(target.href), { host: `127.0.0.1:${port}` }).href,
    freeze: (on) => {
      frozen = on;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
