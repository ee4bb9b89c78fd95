import pg from "pg";
import { prisma } from "./client";
import { logger } from "@/lib/runtime/logger";

// Reading the change log that the PoolChange triggers write (migration pool_change_capture,
// ADR 010). Sequence numbers alone cannot be trusted as a watermark: transaction A may take
// seq 10, B seq 11, and B commit first, so "everything after 11" would skip A for ever. Each row
// therefore carries its transaction's id, and the reader remembers the oldest transaction still
// running when it last read (the snapshot's xmin). Next time it reads every row written by that
// transaction or later: A's row is among them once A commits. Rows already applied are skipped by
// seq. A quiet database has no rows at or after its xmin, so the read is one index probe.

export type FeedBatch = {
  candidates: Set<string>;
  openings: Set<string>;
  /** A municipality changed (name or region): the area labels need a rebuild. */
  municipalities: boolean;
  /** More changes than one patch should take: rebuild instead. */
  overflow: boolean;
};

/** Above this many changed rows in one read, a rebuild is cheaper than patching. */
export const MAX_PATCH = 5000;

export class ChangeFeed {
  private xmin: string | null = null;
  private applied = new Set<string>();

  /** Starts the feed at "now": changes committed before this call are in whatever is built after it. */
  async start(): Promise<void> {
    const [row] = await prisma.$queryRaw<{ xmin: string }[]>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`;
    this.xmin = row?.xmin ?? "0";
    this.applied.clear();
  }

  /** Changes since the last read (one small query). */
  async read(): Promise<FeedBatch> {
    if (this.xmin === null) await this.start();
    const [row] = await prisma.$queryRaw<{ xmin: string; changes: { seq: string; kind: string; entityId: string }[] }[]>`
      SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
             coalesce((SELECT json_agg(c) FROM (
               SELECT seq::text AS seq, kind, "entityId" FROM "PoolChange"
                WHERE xid >= ${this.xmin}::xid8 ORDER BY seq LIMIT ${MAX_PATCH + 1}) c), '[]'::json) AS changes`;
    const batch: FeedBatch = { candidates: new Set(), openings: new Set(), municipalities: false, overflow: false };
    if (!row) return batch;
    const changes = row.changes;
    batch.overflow = changes.length > MAX_PATCH;
    const seen = new Set<string>();
    for (const c of changes) {
      seen.add(c.seq);
      if (this.applied.has(c.seq)) continue;
      if (c.kind === "candidate") batch.candidates.add(c.entityId);
      else if (c.kind === "opening") batch.openings.add(c.entityId);
      else if (c.kind === "municipality") batch.municipalities = true;
    }
    // Rows not returned now are from transactions older than the new xmin: never returned again.
    this.applied = seen;
    this.xmin = row.xmin;
    return batch;
  }
}

/** Rows older than this are deleted by the prune job; an instance is never that far behind. */
export const RETENTION_HOURS = 24;

/** Deletes change rows past the retention; returns how many. */
export async function prunePoolChanges(): Promise<number> {
  return prisma.$executeRaw`DELETE FROM "PoolChange" WHERE "changedAt" < now() - make_interval(hours => ${RETENTION_HOURS})`;
}

/**
 * Listens for the triggers' NOTIFY on a connection of its own, so instances patch their pools
 * as soon as another writes. Reconnects after an error; returns a function that stops it. Where
 * LISTEN is not available (PgBouncer in transaction mode), the timer in pools.ts still syncs.
 */
export function listenForPoolChanges(connectionString: string, onChange: () => void): () => void {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  // One way back after any failure: the client's error event and a failed connect can both fire
  // for the same connection, and must not start two listeners.
  const reconnect = (c: pg.Client, err: unknown, ms: number) => {
    if (client !== c || stopped || retry) return;
    logger.warn({ err }, "pool change listener lost its connection; reconnecting");
    client = null;
    void c.end().catch(() => undefined);
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, ms).unref();
  };
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString });
    client = c;
    c.on("error", (err) => reconnect(c, err, 2000));
    c.on("notification", () => onChange());
    try {
      await c.connect();
      await c.query("LISTEN refleks_pool");
      onChange(); // anything missed while disconnected
    } catch (err) {
      reconnect(c, err, 5000);
    }
  };
  void connect();
  return () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    void client?.end().catch(() => undefined);
  };
}
