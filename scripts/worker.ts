// `npm run worker`: the background jobs without a web server (docs/deployment.md). Run one (or
// more: pg-boss hands each job to one of them) beside web instances started with JOBS=0.
// WORKER_PORT, if set, serves GET /health (200 while the jobs run) for a process manager or
// load balancer. JOBS_SCHEDULE=0 runs only the jobs that are sent, not the cron schedules.
// SIGTERM/SIGINT stop it gracefully: running jobs finish, then the process exits.
import { createServer, type Server } from "node:http";
import { env } from "@/lib/runtime/env";
import { startJobs, stopJobs } from "@/lib/jobs";
import { logger } from "@/lib/runtime/logger";

const schedule = process.env.JOBS_SCHEDULE !== "0";
await startJobs(env.DATABASE_URL, { schedule });
logger.info({ schedule }, "worker started: background jobs only");

let server: Server | null = null;
const port = Number(process.env.WORKER_PORT ?? "");
if (Number.isInteger(port) && port > 0) {
  server = createServer((req, res) => {
    const ok = req.url === "/health";
    res.writeHead(ok ? 200 : 404, { "content-type": "application/json" }).end(JSON.stringify(ok ? { status: "ok", role: "worker" } : { error: "not_found" }));
  }).listen(port, "127.0.0.1");
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "worker stopping");
  server?.close();
  await stopJobs();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
