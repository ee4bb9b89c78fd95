// A graceful stop for the web process. scripts/server.ts runs outside Next's bundle, so it finds
// this through globalThis: on SIGTERM/SIGINT it stops taking requests, then calls this, which lets
// running background jobs finish (in-process jobs: npm run dev, or JOBS unset) and closes the
// database pool, so no job is cut off midway and no connection is left half-open.
type Shutdown = () => Promise<void>;
const slot = globalThis as unknown as { refleksShutdown?: Shutdown };

export function registerShutdown(): void {
  slot.refleksShutdown = async () => {
    const [{ stopJobs }, { prisma }, { logger }] = await Promise.all([import("@/lib/jobs"), import("@/lib/db/client"), import("@/lib/runtime/logger")]);
    await stopJobs();
    await prisma.$disconnect();
    logger.info("web process stopped: jobs finished, database pool closed");
  };
}
