import type { NextAuthConfig } from "next-auth";
import { isSessionRevoked } from "@/lib/db/users";
import { authConfig } from "./auth.config";

type JwtCallback = NonNullable<NonNullable<NextAuthConfig["callbacks"]>["jwt"]>;

/**
 * The jwt callback of the full configuration (lib/auth/index.ts). Auth.js runs it on every read
 * of a session: pages, actions and /api/auth/session, which would otherwise hand a signed-out
 * session a fresh cookie. A revoked session id, or a token past its absolute lifetime, gives
 * null, and Auth.js clears the cookie.
 */
export const jwtWithRevocation: JwtCallback = async (params) => {
  const token = authConfig.callbacks.jwt(params);
  if (!token || params.user) return token;
  if (typeof token.sid !== "string" || (await isSessionRevoked(token.sid))) return null;
  return token;
};
