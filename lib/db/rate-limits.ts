import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { env } from "@/lib/runtime/env";

// The store of the rate limits (sign-in, openings' postal codes): rate-limiter-flexible's Postgres
// limiter on its own small pg pool (the library speaks to a pg Pool, not to Prisma), on the table
// "rate_limit" that the migrations create. Every instance and restart sees the same counts (ADR 012).
const globalForLimits = globalThis as unknown as { rateLimitPool?: pg.Pool };

function pool(): pg.Pool {
  globalForLimits.rateLimitPool ??= new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
  return globalForLimits.rateLimitPool;
}

// The limiter names its statements, and a named statement is prepared once per connection. The
// embedded PGlite server (npm run dev) runs all connections in one session, where the second
// connection to prepare the same name fails with 42P05 ("prepared statement … already exists"),
// and every sign-in with it. So the limiter's queries go out unnamed.
const unnamedQueries = {
  query: (q: pg.QueryConfig) => pool().query({ text: q.text, values: q.values }),
};

export type LimiterOptions = { keyPrefix: string; points: number; duration: number };

/** A limiter whose counts live in PostgreSQL. Keys must be at most 200 characters. */
export function postgresLimiter(options: LimiterOptions): RateLimiterPostgres {
  return new RateLimiterPostgres({
    ...options,
    storeClient: unnamedQueries,
    storeType: "pool",
    tableName: "rate_limit",
    tableCreated: true,
    // Expired rows are deleted once an hour by the prune-rate-limits job (pruneRateLimits), not by
    // a timer per limiter in every process.
    clearExpiredByTimeout: false,
  });
}

/** Deletes limit rows that expired over an hour ago (the prune-rate-limits job); returns how many. */
export async function pruneRateLimits(now: Date = new Date()): Promise<number> {
  const { rowCount } = await pool().query({ text: `DELETE FROM "rate_limit" WHERE "expire" < $1`, values: [now.getTime() - 3_600_000] });
  return rowCount ?? 0;
}
