import { buildCandidatePool, patchCandidatePool, type CandidatePoolState } from "./candidate-pool";
import { buildOpeningPool, patchOpeningPool, type OpeningPoolState } from "./opening-pool";
import { ChangeFeed, listenForPoolChanges } from "./pool-feed";
import { logger } from "@/lib/runtime/logger";

// The in-memory ranking pools of this process (ADR 010): every visible candidate for employers'
// rankings and every open opening for citizens'. Built once, off the request path when the server
// starts (instrumentation.ts), and patched from the change feed:
// - every request that ranks calls freshPools(), which reads the feed (one small query) and
//   patches what changed since, so a request sees every change committed before it began;
// - a NOTIFY from the triggers, and a timer as a fallback, sync in the background, so changes
//   made through other instances or by SQL reach this one within a second or two;
// - a burst too big to patch (a bulk import), a municipality change, or a pool that has become
//   mostly garbage is rebuilt in the background while the old pool keeps serving.

export type Pools = { candidates: CandidatePoolState; openings: OpeningPoolState };

const SYNC_INTERVAL_MS = 1000;
/** Rebuild when more than this share of a pool's slots and skill lists is dead. */
const MAX_GARBAGE = 0.5;

class PoolRuntime {
  private pools: Pools | null = null;
  private feed = new ChangeFeed();
  private building: Promise<Pools> | null = null;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private stopListening: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;

  /** Starts the first build and the background syncing. Safe to call more than once. */
  start(connectionString: string): void {
    if (this.timer) return;
    void this.ready().catch((err: unknown) => logger.error({ err }, "the ranking pools could not be built; the next request tries again"));
    this.stopListening = listenForPoolChanges(connectionString, () => this.backgroundSync());
    this.timer = setInterval(() => this.backgroundSync(), SYNC_INTERVAL_MS).unref();
  }

  stop(): void {
    this.stopListening?.();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The pools as they are now, without reading the feed (null before the first build). */
  current(): Pools | null {
    return this.pools;
  }

  /** The pools with every change committed before this call applied. */
  async fresh(): Promise<Pools> {
    await this.ready();
    await this.sync();
    return this.pools!;
  }

  private ready(): Promise<Pools> {
    if (this.pools) return Promise.resolve(this.pools);
    return this.build();
  }

  /** One build at a time; the old pools (if any) serve until it is done. */
  private build(): Promise<Pools> {
    if (this.building) return this.building;
    const started = Date.now();
    const feed = new ChangeFeed();
    const building = (async () => {
      // The feed starts before the rows are read, so a change committed during the build is
      // read from the feed afterwards (patching is idempotent).
      await feed.start();
      const [candidates, openings] = await Promise.all([buildCandidatePool(), buildOpeningPool()]);
      const pools = { candidates, openings };
      this.feed = feed;
      this.pools = pools;
      logger.info({ candidates: candidates.live.size, openings: openings.live.size, ms: Date.now() - started }, "ranking pools built");
      return pools;
    })();
    this.building = building;
    building.then(
      () => (this.building = null),
      () => (this.building = null),
    );
    return building;
  }

  /** Reads the feed once; a call while a read runs waits for one that starts after it. */
  private sync(): Promise<void> {
    if (this.queued) return this.queued;
    const run = () => {
      const p = this.syncOnce().finally(() => {
        if (this.running === p) this.running = null;
      });
      this.running = p;
      return p;
    };
    if (!this.running) return run();
    const queued = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return run();
      });
    this.queued = queued;
    return queued;
  }

  private async syncOnce(): Promise<void> {
    const pools = this.pools;
    if (!pools) return;
    const feed = this.feed;
    const batch = await feed.read();
    if (this.feed !== feed) return; // a rebuild swapped in newer pools meanwhile
    if (batch.overflow || batch.municipalities) {
      this.rebuildInBackground(batch.overflow ? "too many changes to patch" : "a municipality changed");
      return;
    }
    await Promise.all([patchCandidatePool(pools.candidates, [...batch.candidates]), patchOpeningPool(pools.openings, [...batch.openings])]);
    const live = pools.candidates.live;
    if (live.slotsUsed > 1000 && live.garbage() > MAX_GARBAGE) this.rebuildInBackground("the candidate pool is mostly garbage");
  }

  private rebuildInBackground(why: string): void {
    if (this.building) return;
    logger.info({ why }, "rebuilding the ranking pools in the background");
    void this.build().catch((err: unknown) => logger.error({ err }, "rebuilding the ranking pools failed; the old pools keep serving"));
  }

  private backgroundSync(): void {
    if (!this.pools || this.building) return;
    this.sync().catch((err: unknown) => logger.warn({ err }, "syncing the ranking pools failed; retrying"));
  }
}

// One runtime per process (kept on globalThis so Next's dev hot reload does not build twice).
const globalForPools = globalThis as unknown as { refleksPools?: PoolRuntime };
const runtime = (globalForPools.refleksPools ??= new PoolRuntime());

/** Both ranking pools, up to date with every change committed before the call. */
export function freshPools(): Promise<Pools> {
  return runtime.fresh();
}

/** The pools as this process has them now, without a sync: what background syncing has applied. */
export function currentPools(): Pools | null {
  return runtime.current();
}

/** Builds the pools now and keeps them in sync in the background (server start). */
export function startPools(connectionString: string): void {
  runtime.start(connectionString);
}

export function stopPools(): void {
  runtime.stop();
}
