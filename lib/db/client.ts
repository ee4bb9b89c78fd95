import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/runtime/env";

// One database code path for the embedded PGlite server and a real PostgreSQL: the pg driver
// adapter. The client is cached on globalThis so Next's dev hot reload does not open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The pg settings that bound every wait on the database, so a request fails in seconds instead of
 * hanging (issue 13): the connection (DATABASE_CONNECT_TIMEOUT_MS), each query on the server
 * (statement_timeout) and in the client (query_timeout, for a server that is frozen and never
 * answers; a little later than the server's, so the server's clearer error wins when it can
 * answer), and a transaction left idle (idle_in_transaction_session_timeout, which frees its locks).
 */
export function databaseTimeouts(connectMs: number = env.DATABASE_CONNECT_TIMEOUT_MS, statementMs: number = env.DATABASE_STATEMENT_TIMEOUT_MS) {
  return {
    connectionTimeoutMillis: connectMs,
    statement_timeout: statementMs,
    query_timeout: statementMs + 1_000,
    idle_in_transaction_session_timeout: statementMs,
  };
}

/** A client on its own pg pool of at most `max` connections (DATABASE_POOL_MAX, default 10). */
export function createPrismaClient(connectionString: string, max: number = env.DATABASE_POOL_MAX, timeouts = databaseTimeouts()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max, ...timeouts }) });
}

function defaultUrl(): string {
  return process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/refleks_dev";
}

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(defaultUrl());

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type { PrismaClient };
