import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { oidcProvider } from "./oidc";
import { authorizeCredentials } from "./credentials";
import { logger } from "@/lib/logger";
import { restoreLocale } from "./restore-locale";
import { jwtWithRevocation } from "./session-jwt";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

const fullAuthConfig = {
  ...authConfig,
  callbacks: { ...authConfig.callbacks, jwt: jwtWithRevocation },
  // Auth.js' own errors go to the structured log. A failed password is expected, not an error:
  // lib/auth/credentials.ts logs it with context already.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin") return;
      logger.error({ err: error, type: (error as { type?: string }).type }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug() {},
  },
  events: {
    // The language a user chose is remembered on the account and restored at sign-in.
    async signIn({ user }) {
      if (user.id) await restoreLocale(user.id);
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
