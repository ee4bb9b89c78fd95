import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { listenForPoolChanges } from "@/lib/db/pool-feed";
import { createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// The NOTIFY listener that wakes the ranking pools: it hears a change, and when its connection is
// killed (a database restart, a proxy dropping it) it reconnects by itself and hears the next one.

const p = uniquePrefix("listen");
let stop: (() => void) | null = null;

afterAll(async () => {
  stop?.();
  await prisma.$disconnect();
});

async function until(check: () => boolean, ms: number): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("the pool change listener", () => {
  it("hears changes, and reconnects after its connection is terminated", async () => {
    await createMunicipality(prisma, p);
    const { opening } = await createEmployerWithOpening(prisma, p, p);
    let heard = 0;
    stop = listenForPoolChanges(process.env.DATABASE_URL!, () => heard++);
    await until(() => heard >= 1, 5000); // the call after connecting

    const before = heard;
    await prisma.jobOpening.update({ where: { id: opening.id }, data: { title: `${p} job 2` } });
    await until(() => heard > before, 2000);

    const killed = await prisma.$queryRaw<{ pid: number }[]>`
      SELECT pg_terminate_backend(pid) AS killed, pid FROM pg_stat_activity
       WHERE datname = current_database() AND query = 'LISTEN refleks_pool' AND pid <> pg_backend_pid()`;
    expect(killed.length).toBeGreaterThanOrEqual(1);
    const afterKill = heard;
    await until(() => heard > afterKill, 8000); // reconnected: the call after connecting again

    const reconnected = heard;
    await prisma.jobOpening.update({ where: { id: opening.id }, data: { title: `${p} job 3` } });
    await until(() => heard > reconnected, 2000);
  });
});
