import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { oidcProvider } from "./oidc";
import { authorizeCredentials } from "./credentials";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
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
});
