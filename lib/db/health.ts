import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "./client";

/** Health answers within this, whatever the database does (a load balancer must not wait). */
export const HEALTH_TIMEOUT_MS = 2_000;

/** Round-trips the database and reports how long it took; "timeout" when it does not answer in time. */
export async function checkDatabase(client: PrismaClient = prisma, timeoutMs: number = HEALTH_TIMEOUT_MS): Promise<{ ok: true; latencyMs: number } | { ok: false; error: string }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ ok: false; error: string }>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: "timeout" }), timeoutMs);
  });
  const query = client.$queryRaw`SELECT 1`.then(
    () => ({ ok: true as const, latencyMs: Math.round(performance.now() - started) }),
    (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.name : "unknown" }),
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
