import { createHash } from "node:crypto";
import type { RateLimiterRes } from "rate-limiter-flexible";
import { postgresLimiter } from "@/lib/db/rate-limits";
import { env } from "@/lib/runtime/env";

// Failed sign-ins are counted per account, whatever address they come from, and per client
// address. An account with SIGNIN_MAX_FAILURES failures in the window is locked: first for
// SIGNIN_LOCK_SECONDS, and each further lock within a day twice as long, up to
// SIGNIN_LOCK_MAX_SECONDS. The right password is refused while locked. A consultant can unlock a
// citizen's account at once (unlockSignIn). An address with 10 × the failures over all accounts
// is refused for the rest of the window. The counts live in PostgreSQL (ADR 012).
const DAY = 24 * 60 * 60;

const accountFailures = postgresLimiter({ keyPrefix: "signin-account", points: env.SIGNIN_MAX_FAILURES, duration: env.SIGNIN_WINDOW_SECONDS });
const accountLocks = postgresLimiter({ keyPrefix: "signin-locks", points: 10_000, duration: DAY });
const addressFailures = postgresLimiter({ keyPrefix: "signin-ip", points: env.SIGNIN_MAX_FAILURES * 10, duration: env.SIGNIN_WINDOW_SECONDS });

export type Throttle = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/** Accounts are keyed by a hash of the e-mail: no addresses in the table, and a bounded key length. */
function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("base64url");
}

function exhausted(res: RateLimiterRes | null, points: number): res is RateLimiterRes {
  return res !== null && res.consumedPoints >= points;
}

/** The lock length for the n-th lock of a day: 1×, 2×, 4×… the first, never above the maximum. */
export function lockSeconds(nthLock: number): number {
  return Math.min(env.SIGNIN_LOCK_SECONDS * 2 ** Math.max(0, Math.min(nthLock - 1, 30)), env.SIGNIN_LOCK_MAX_SECONDS);
}

/**
 * Counts an attempt before its password is checked, so that a burst of parallel guesses gets no
 * more than the allowed number checked: the attempts past the limit are refused unverified.
 * Refused as well while the account is locked or the address has too many failures.
 */
export async function beginSignInAttempt(email: string, ip: string | undefined): Promise<Throttle> {
  const [account, address] = await Promise.all([accountFailures.penalty(accountKey(email), 1), ip ? addressFailures.penalty(ip, 1) : null]);
  const over = [account.consumedPoints > env.SIGNIN_MAX_FAILURES ? account : null, address && address.consumedPoints > env.SIGNIN_MAX_FAILURES * 10 ? address : null];
  const ms = Math.max(0, ...over.map((r) => r?.msBeforeNext ?? 0));
  return ms > 0 ? { blocked: true, retryAfterSeconds: Math.ceil(ms / 1000) } : { blocked: false };
}

/** How long a refused sign-in must wait, for the message at the form (no attempt is counted). */
export async function signInRetryAfterSeconds(email: string, ip: string | undefined): Promise<number> {
  const [account, address] = await Promise.all([accountFailures.get(accountKey(email)), ip ? addressFailures.get(ip) : null]);
  const over = [exhausted(account, env.SIGNIN_MAX_FAILURES + 1) ? account : null, exhausted(address, env.SIGNIN_MAX_FAILURES * 10 + 1) ? address : null];
  return Math.ceil(Math.max(0, ...over.map((r) => r?.msBeforeNext ?? 0)) / 1000);
}

/** A wrong password: the attempt stays counted, and the one that reaches the limit locks the account. */
export async function failSignInAttempt(email: string): Promise<void> {
  const key = accountKey(email);
  const account = await accountFailures.get(key);
  if (!exhausted(account, env.SIGNIN_MAX_FAILURES)) return;
  const locks = await accountLocks.penalty(key, 1);
  await accountFailures.block(key, lockSeconds(locks.consumedPoints));
}

/** The right password: the account's attempts and locks are forgotten, and the address's attempt given back. */
export async function succeedSignInAttempt(email: string, ip: string | undefined): Promise<void> {
  await Promise.all([unlockSignIn(email), ip ? addressFailures.reward(ip, 1) : null]);
}

/** When an account's sign-in lock ends, or null when it is not locked. */
export async function signInLockedUntil(email: string, now: Date): Promise<Date | null> {
  const account = await accountFailures.get(accountKey(email));
  if (!exhausted(account, env.SIGNIN_MAX_FAILURES + 1) || account.msBeforeNext <= 0) return null;
  return new Date(now.getTime() + account.msBeforeNext);
}

/** Lifts an account's lock at once (a consultant for a citizen who was locked out). */
export async function unlockSignIn(email: string): Promise<void> {
  const key = accountKey(email);
  await Promise.all([accountFailures.delete(key), accountLocks.delete(key)]);
}
