import type { NextAuthConfig, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import type { Role } from "@/lib/db/types";

/** A session ends after this long without a request (the cookie slides on use). */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** …and at the latest this long after sign-in, however active: a stolen cookie dies with it. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

/** Whether the token is past its absolute lifetime (tokens from before it was recorded are). */
export function pastAbsoluteLifetime(token: JWT, nowMs: number): boolean {
  return typeof token.authTime !== "number" || nowMs / 1000 - token.authTime > SESSION_ABSOLUTE_SECONDS;
}

/** The local user's id behind a signed-in Auth.js user: OIDC sign-ins carry it as `userId`. */
export function localUserId(user: User): string | undefined {
  return user.userId ?? user.id;
}

// The part of the Auth.js configuration that needs no database: used by proxy.ts and by the
// full configuration in lib/auth/index.ts, which adds the revocation check.
export const authConfig = {
  trustHost: process.env.AUTH_TRUST_HOST === "true" || process.env.NODE_ENV !== "production",
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = localUserId(user);
        token.role = (user as { role: Role }).role;
        // The session's own id, fixed at sign-in, so sign-out can revoke exactly this session.
        token.sid = crypto.randomUUID();
        token.authTime = Math.floor(Date.now() / 1000);
      }
      // Null ends the session: Auth.js clears the cookie instead of sliding it on.
      return pastAbsoluteLifetime(token, Date.now()) ? null : token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role as Role;
      session.sid = typeof token.sid === "string" ? token.sid : "";
      return session;
    },
  },
} satisfies NextAuthConfig;
