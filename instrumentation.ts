import type { Instrumentation } from "next";

// Background jobs (pg-boss, lib/jobs) run inside the app's Node.js server unless JOBS=0. Started
// without awaiting, so the server answers requests at once; a failed start is logged and the app
// carries on (reminders and outbox e-mail then wait until the next start).
//
// The in-memory ranking pools (lib/db/pools.ts) are built here too, in the background and in
// chunks, so the first ranked page does not pay for the build and other pages are served meanwhile.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("@/lib/runtime/abort-reason-stacks")).materializeAbortReasonStacks();
  const [{ startPools }, { env }] = await Promise.all([import("@/lib/db/pools"), import("@/lib/runtime/env")]);
  startPools(env.DATABASE_URL);
  // What scripts/server.ts calls on SIGTERM/SIGINT, after it stopped taking requests: running jobs
  // finish and the database pool closes (lib/runtime/shutdown.ts).
  (await import("@/lib/runtime/shutdown")).registerShutdown();
  if (process.env.JOBS === "0") return;
  const [{ startJobs }, { logger }] = await Promise.all([import("@/lib/jobs"), import("@/lib/runtime/logger")]);
  startJobs(env.DATABASE_URL).then(
    () => logger.info("background jobs started"),
    (err: unknown) => logger.error({ err }, "background jobs did not start; the app runs without them"),
  );
}

// Unexpected server errors (pages, actions, route handlers) go to the structured log with the
// route and request context; users only ever see app/error.tsx, never a stack trace.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/runtime/logger");
  const err = error as Error & { digest?: string };
  logger.error(
    {
      err: { name: err.name, message: err.message, stack: err.stack, digest: err.digest },
      method: request.method,
      path: request.path,
      // Set by scripts/server.ts on every request, and sent back to the browser as X-Request-Id.
      requestId: request.headers["x-request-id"],
      routePath: context.routePath,
      routeType: context.routeType,
    },
    "unhandled request error",
  );
};
