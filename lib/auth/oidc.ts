import type { Provider } from "next-auth/providers";
import { env, oidcEnabled } from "@/lib/env";
import { findUserForOidc } from "@/lib/db/users";

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
      async profile(profile) {
        // Link by e-mail only when the identity provider has verified the address.
        const email = profile.email_verified === true ? (profile.email ?? null) : null;
        const user = await findUserForOidc(env.OIDC_ISSUER!, String(profile.sub), email);
        if (!user) throw new Error("No invited user for this identity");
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    },
  ];
}
