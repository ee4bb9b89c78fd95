// The web server: Next.js behind a thin Node HTTP server that resolves the client's address
// once, from the socket and TRUSTED_PROXY_HOPS, and hands it to the app in one header
// (lib/http/client-ip.ts). Next itself only fills X-Forwarded-For when a client did not send
// one, so without this the sign-in throttle would count whatever address a client claims.
//
//   node --import tsx scripts/server.ts [--dev] [-p PORT]      (npm start, npm run dev)
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { CLIENT_IP_HEADER, resolveClientIp } from "../lib/http/client-ip";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
// As `next start` and `next dev` do, before Next (and the app's modules) are loaded.
(process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
const { default: next } = await import("next");
const portArg = args.indexOf("-p");
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
// The app's own validated settings (lib/runtime/env.ts): a bad TRUSTED_PROXY_HOPS stops the start there.
const { env } = await import("../lib/runtime/env");
const hops = env.TRUSTED_PROXY_HOPS;

// quiet in production: Next would print every failed request's plain stack trace as well, beside
// the one structured line instrumentation.ts writes (with the route and request id).
const app = next({ dev, hostname, port, quiet: !dev });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const ip = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
  if (ip) req.headers[CLIENT_IP_HEADER] = ip;
  else delete req.headers[CLIENT_IP_HEADER];
  // One id per request, in the error log (instrumentation.ts) and in the response, so a user's
  // report can be found in the log. Always ours: a client's value is replaced.
  const requestId = randomUUID();
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  void handle(req, res);
}).listen(port, hostname, () => {
  console.log(`▲ Refleks ${dev ? "dev" : "production"} server on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (trusted proxy hops: ${hops})`);
});

// Graceful stop: no new requests, the ones in flight and running jobs finish, the pool closes
// (lib/runtime/shutdown.ts). A second signal, or 25 s, ends it at once.
let stopping = false;
async function stop(signal: string) {
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`▸ ${signal}: stopping …`);
  setTimeout(() => process.exit(1), 25_000).unref();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await (globalThis as { refleksShutdown?: () => Promise<void> }).refleksShutdown?.();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
