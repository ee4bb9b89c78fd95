import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/db/types";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
    /** This session's id ("" for sessions from before it was recorded); revoked at sign-out. */
    sid: string;
  }
  interface User {
    role?: Role;
    /** The local user, for OpenID Connect sign-ins (Auth.js gives those a random `id`; lib/auth/oidc.ts). */
    userId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    sid?: string;
    /** When the user signed in (seconds since the epoch), for the absolute session lifetime. */
    authTime?: number;
  }
}
