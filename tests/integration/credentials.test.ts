import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/auth/credentials";
import { beginSignInAttempt, lockSeconds, signInLockedUntil, signInRetryAfterSeconds, unlockSignIn } from "@/lib/auth/rate-limit";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { pruneRateLimits } from "@/lib/db/rate-limits";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/runtime/env";
import { upsertUser } from "@/tests/factories/persist";
import { uniquePrefix } from "@/tests/factories/scenario";

const prefix = uniquePrefix("cred");
const email = `${prefix}@test.dk`;
const request = (ip: string) => new Request("http://localhost/api/auth/callback/credentials", { headers: { [CLIENT_IP_HEADER]: ip } });

beforeAll(async () => {
  await upsertUser(prisma, { id: `${prefix}-user`, email, name: "Test Borger", role: "CITIZEN" }, await hashPassword("korrekt hest"));
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("local sign-in", () => {
  it("accepts the right password, case-insensitive e-mail, and records the login", async () => {
    const user = await authorizeCredentials({ email: email.toUpperCase(), password: "korrekt hest" }, request("10.1.0.1"));
    expect(user).toMatchObject({ id: `${prefix}-user`, role: "CITIZEN" });
    const row = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(row.lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown e-mail and malformed input", async () => {
    expect(await authorizeCredentials({ email, password: "forkert" }, request("10.1.0.2"))).toBeNull();
    expect(await authorizeCredentials({ email: "ukendt@test.dk", password: "x" }, request("10.1.0.2"))).toBeNull();
    expect(await authorizeCredentials({ email: "ikke en mail" }, request("10.1.0.2"))).toBeNull();
  });

  it("locks the account after repeated failures whatever address they claim, and refuses even the right password", async () => {
    await unlockSignIn(email); // the wrong password above counted
    for (let i = 0; i < env.SIGNIN_MAX_FAILURES; i++) {
      // Each guess from another forged X-Forwarded-For and another resolved address.
      const forged = new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": `198.51.100.${i}`, [CLIENT_IP_HEADER]: `10.2.0.${i}` } });
      expect(await authorizeCredentials({ email, password: `forkert-${i}` }, forged)).toBeNull();
    }
    expect(await authorizeCredentials({ email, password: "korrekt hest" }, request("10.2.0.99"))).toBe("rate_limited");
    const retry = await signInRetryAfterSeconds(email, "10.2.0.99");
    expect(retry).toBeGreaterThan(env.SIGNIN_LOCK_SECONDS - 5);
    expect(retry).toBeLessThanOrEqual(env.SIGNIN_LOCK_SECONDS);
  });

  it("keeps the lock in PostgreSQL: a freshly loaded limiter (another instance, a restart) still refuses", async () => {
    vi.resetModules();
    const fresh = await import("@/lib/auth/credentials");
    expect(await fresh.authorizeCredentials({ email, password: "korrekt hest" }, request("10.2.1.1"))).toBe("rate_limited");
  });

  it("doubles the lock each time within a day, and a consultant's unlock lets the right password in", async () => {
    await expireLocks();
    for (let i = 0; i < env.SIGNIN_MAX_FAILURES; i++) expect(await authorizeCredentials({ email, password: `igen-${i}` }, request("10.2.2.1"))).toBeNull();
    expect(await signInRetryAfterSeconds(email, undefined)).toBeGreaterThan(2 * env.SIGNIN_LOCK_SECONDS - 5);
    expect(lockSeconds(20)).toBe(env.SIGNIN_LOCK_MAX_SECONDS);

    await unlockSignIn(email.toUpperCase());
    expect(await signInLockedUntil(email, new Date())).toBeNull();
    expect(await authorizeCredentials({ email, password: "korrekt hest" }, request("10.2.2.1"))).toMatchObject({ role: "CITIZEN" });
  });

  it("checks no more passwords than allowed in a burst of parallel guesses", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => authorizeCredentials({ email, password: `burst-${i}` }, request("10.2.3.1"))));
    expect(results.filter((r) => r === null)).toHaveLength(env.SIGNIN_MAX_FAILURES);
    expect(results.filter((r) => r === "rate_limited")).toHaveLength(12 - env.SIGNIN_MAX_FAILURES);
    await unlockSignIn(email);
  });

  it("limits one address over many accounts, and puts requests without an address in no shared bucket", async () => {
    const address = `10.2.4.${Math.floor(Math.random() * 200)}`;
    const limit = env.SIGNIN_MAX_FAILURES * 10;
    for (let i = 0; i < limit; i++) expect((await beginSignInAttempt(`${prefix}-spray-${i}@test.dk`, address)).blocked).toBe(false);
    expect((await beginSignInAttempt(`${prefix}-spray-last@test.dk`, address)).blocked).toBe(true);
    for (let i = 0; i < limit + 5; i++) expect((await beginSignInAttempt(`${prefix}-noaddr-${i}@test.dk`, undefined)).blocked).toBe(false);
  });
});

/** Lets the current locks run out, as time would. */
async function expireLocks() {
  await prisma.$executeRaw`UPDATE rate_limit SET expire = ${Date.now() - 1000} WHERE key LIKE 'signin-account:%'`;
}

describe("pruning the limits", () => {
  it("deletes rows that expired over an hour ago and keeps the others", async () => {
    const now = Date.now();
    await prisma.$executeRaw`INSERT INTO rate_limit (key, points, expire) VALUES (${`${prefix}-old`}, 3, ${now - 2 * 3_600_000}), (${`${prefix}-fresh`}, 3, ${now + 60_000}), (${`${prefix}-recent`}, 3, ${now - 60_000})`;
    expect(await pruneRateLimits(new Date(now))).toBeGreaterThanOrEqual(1);
    const left = await prisma.$queryRaw<{ key: string }[]>`SELECT key FROM rate_limit WHERE key LIKE ${`${prefix}-%`} ORDER BY key`;
    expect(left.map((r) => r.key)).toEqual([`${prefix}-fresh`, `${prefix}-recent`]);
  });
});
