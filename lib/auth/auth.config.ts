import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/db/types";

// The part of the Auth.js configuration that needs no database: used by proxy.ts and by the
// full configuration in lib/auth/index.ts.
export const authConfig = {
  trustHost: process.env.AUTH_TRUST_HOST === "true" || process.env.NODE_ENV !== "production",
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role: Role }).role;
        // The session's own id, fixed at sign-in, so sign-out can revoke exactly this session.
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role as Role;
      session.sid = typeof token.sid === "string" ? token.sid : "";
      return session;
    },
  },
} satisfies NextAuthConfig;
