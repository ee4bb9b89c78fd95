import type { Provider } from "next-auth/providers";
import type { User } from "next-auth";
import { env, oidcEnabled } from "@/lib/runtime/env";
import { findUserForOidc } from "@/lib/db/users";
import { logger } from "@/lib/runtime/logger";

// An OpenID Connect provider (MitID through a broker, or the municipality's IdP), off unless
// OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. Users must already exist (they are
// invited by the job center); the first OIDC sign-in links the identity to the user by e-mail.
export function oidcProvider(): Provider[] {
  if (!oidcEnabled) return [];
  return [
    {
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oidc",
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      checks: ["pkce", "state", "nonce"],
      // The claims come from the userinfo endpoint (checked against the ID token's subject): in
      // the code flow, OIDC Core puts the claims asked for by scope (email) there, and a provider
      // that follows it leaves them out of the ID token.
      idToken: false,
      async profile(profile) {
        // Link by e-mail only when the identity provider has verified the address.
        const email = profile.email_verified === true && typeof profile.email === "string" ? profile.email : null;
        const user = await findUserForOidc(env.OIDC_ISSUER!, String(profile.sub), email);
        if (!user) logger.warn({ issuer: env.OIDC_ISSUER, emailVerified: email !== null }, "OIDC sign-in refused: no user for this identity");
        // Auth.js replaces `id` with a random UUID, so the local user travels as `userId`; without
        // one, oidcSignInAllowed() refuses the sign-in (the sign-in page explains).
        return { id: String(profile.sub), userId: user?.id, email: user?.email, name: user?.name, role: user?.role };
      },
    },
  ];
}

/** The signIn callback's part for OpenID Connect: only identities that found a local user. */
export function oidcSignInAllowed(user: User, provider: string | undefined): boolean {
  return provider !== "oidc" || typeof user.userId === "string";
}
