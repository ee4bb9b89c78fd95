import { afterEach, describe, expect, it, vi } from "vitest";

// lib/env parses process.env when it is first imported; each case imports a fresh copy.
async function loadEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v as string);
  return (await import("@/lib/runtime/env")).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("DATABASE_POOL_MAX", () => {
  it("defaults to 10 connections and reads a number", async () => {
    expect((await loadEnv({ DATABASE_POOL_MAX: undefined })).DATABASE_POOL_MAX).toBe(10);
    expect((await loadEnv({ DATABASE_POOL_MAX: "25" })).DATABASE_POOL_MAX).toBe(25);
  });

  it("stops the app on a value that is not a whole number from 1 to 500", async () => {
    for (const bad of ["0", "-3", "2.5", "many", "501"]) await expect(loadEnv({ DATABASE_POOL_MAX: bad })).rejects.toThrow(/DATABASE_POOL_MAX/);
  });
});
