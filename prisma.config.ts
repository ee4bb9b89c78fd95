import { defineConfig } from "prisma/config";

// Prisma 7 does not load .env files by itself; scripts pass DATABASE_URL explicitly.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/refleks_dev" },
});
