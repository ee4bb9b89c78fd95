import { findUserForSignIn, recordLogin } from "@/lib/db/users";
import { clientIpFrom } from "@/lib/http/client-ip";
import { logger } from "@/lib/runtime/logger";
import { signInSchema } from "@/lib/validation/auth";
import { dummyVerify, verifyPassword } from "./password";
import { beginSignInAttempt, failSignInAttempt, succeedSignInAttempt } from "./rate-limit";

/** Checks e-mail and password; null for bad credentials, "rate_limited" after too many failures. */
export async function authorizeCredentials(raw: unknown, request: Request | undefined) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  // Resolved by scripts/server.ts from the socket and TRUSTED_PROXY_HOPS; never a client's claim.
  const ip = clientIpFrom(request?.headers);

  const throttle = await beginSignInAttempt(email, ip);
  if (throttle.blocked) {
    logger.warn({ ip, retryAfterSeconds: throttle.retryAfterSeconds }, "sign-in throttled");
    return "rate_limited" as const;
  }

  const user = await findUserForSignIn(email);
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  if (!user || !ok) {
    await failSignInAttempt(email);
    logger.info({ ip }, "sign-in failed");
    return null;
  }
  await succeedSignInAttempt(email, ip);
  await recordLogin(user.id, new Date());
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
