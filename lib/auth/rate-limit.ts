import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

// Failed sign-ins are counted per e-mail+IP and per IP. After SIGNIN_MAX_FAILURES failures in
// the window, further attempts are refused until the window passes. In-memory: one app
// instance. A multi-instance deployment swaps in RateLimiterPostgres/Redis (same interface).
const perAccount = new RateLimiterMemory({
  keyPrefix: "signin-account",
  points: env.SIGNIN_MAX_FAILURES,
  duration: env.SIGNIN_WINDOW_SECONDS,
});
const perIp = new RateLimiterMemory({
  keyPrefix: "signin-ip",
  points: env.SIGNIN_MAX_FAILURES * 10,
  duration: env.SIGNIN_WINDOW_SECONDS,
});

export type Throttle = { blocked: false } | { blocked: true; retryAfterSeconds: number };

function keys(email: string, ip: string) {
  return { account: `${email.toLowerCase()}|${ip}`, ip };
}

export async function checkSignInThrottle(email: string, ip: string): Promise<Throttle> {
  const k = keys(email, ip);
  const [a, i] = await Promise.all([perAccount.get(k.account), perIp.get(k.ip)]);
  const blockedBy = [
    a && a.consumedPoints >= env.SIGNIN_MAX_FAILURES ? a : null,
    i && i.consumedPoints >= env.SIGNIN_MAX_FAILURES * 10 ? i : null,
  ].filter((r): r is RateLimiterRes => r !== null);
  if (blockedBy.length === 0) return { blocked: false };
  const ms = Math.max(...blockedBy.map((r) => r.msBeforeNext));
  return { blocked: true, retryAfterSeconds: Math.ceil(ms / 1000) };
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  const k = keys(email, ip);
  // consume() rejects once points run out; that is the state we want, not an error.
  await Promise.allSettled([perAccount.consume(k.account), perIp.consume(k.ip)]);
}

export async function clearSignInFailures(email: string, ip: string): Promise<void> {
  await perAccount.delete(keys(email, ip).account);
}
