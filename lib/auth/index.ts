import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig, localUserId } from "./auth.config";
import { oidcProvider, oidcSignInAllowed } from "./oidc";
import { authorizeCredentials } from "./credentials";
import { logger } from "@/lib/runtime/logger";
import { restoreLocale } from "./restore-locale";
import { jwtWithRevocation } from "./session-jwt";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

const fullAuthConfig = {
  ...authConfig,
  callbacks: {
    ...authConfig.callbacks,
    jwt: jwtWithRevocation,
    // A refused sign-in ends on /sign-in?error=AccessDenied.
    signIn: ({ user, account }) => oidcSignInAllowed(user, account?.provider),
  },
  // Auth.js' own errors go to the structured log.
  logger: {
    error(error) {
      // A failed password and a refused OIDC identity are expected, and logged with context already
      // (lib/auth/credentials.ts, lib/auth/oidc.ts). By type: the build minifies the class names.
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin" || type === "AccessDenied") return;
      // Auth.js wraps the real error (from the OIDC provider's response, a callback, …) in cause.err.
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      logger.error({ err: error, type, cause }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug() {},
  },
  events: {
    // The language a user chose is remembered on the account and restored at sign-in.
    async signIn({ user }) {
      const id = localUserId(user);
      if (id) await restoreLocale(id);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authorizeCredentials(credentials, request);
        if (result === "rate_limited") throw new RateLimitedSignIn();
        return result;
      },
    }),
    ...oidcProvider(),
  ],
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(fullAuthConfig);
