import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

// One database code path for the embedded PGlite server and a real PostgreSQL: the pg driver
// adapter. The client is cached on globalThis so Next's dev hot reload does not open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** A client on its own pg pool of at most `max` connections (DATABASE_POOL_MAX, default 10). */
export function createPrismaClient(connectionString: string, max: number = env.DATABASE_POOL_MAX): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

function defaultUrl(): string {
  return process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/refleks_dev";
}

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(defaultUrl());

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type { PrismaClient };
