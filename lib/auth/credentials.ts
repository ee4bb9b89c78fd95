import { findUserForSignIn, recordLogin } from "@/lib/db/users";
import { logger } from "@/lib/logger";
import { signInSchema } from "@/lib/validation/auth";
import { dummyVerify, verifyPassword } from "./password";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure } from "./rate-limit";

/** The client's address as the reverse proxy reports it (the app runs behind one in production). */
export function clientIp(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers?.get("x-real-ip") || "unknown";
}

/** Checks e-mail and password; null for bad credentials, "rate_limited" after too many failures. */
export async function authorizeCredentials(raw: unknown, request: Request | undefined) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIp(request?.headers);

  const throttle = await checkSignInThrottle(email, ip);
  if (throttle.blocked) {
    logger.warn({ ip, retryAfterSeconds: throttle.retryAfterSeconds }, "sign-in throttled");
    return "rate_limited" as const;
  }

  const user = await findUserForSignIn(email);
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  if (!user || !ok) {
    await recordSignInFailure(email, ip);
    logger.info({ ip }, "sign-in failed");
    return null;
  }
  await clearSignInFailures(email, ip);
  await recordLogin(user.id, new Date());
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
