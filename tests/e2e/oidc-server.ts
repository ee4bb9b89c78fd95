// A real OpenID Connect provider for the e2e tests, standing in for the municipality's MitID
// broker: Playwright starts it beside the app (playwright.config.ts, webServer). It has one
// confidential client (the app) and oidc-provider's built-in login form ("dev interactions"),
// which accepts any login name with any password. The login name is the e-mail address the
// provider asserts, verified; "unverified:<e-mail>" asserts the address as not verified.
// Claims requested by scope come from the userinfo endpoint only, as OIDC Core says for the code
// flow (oidc-provider's default); the app must ask for them there.
import { generateKeyPairSync } from "node:crypto";
import Provider, { type Configuration } from "oidc-provider";
import { e2ePort, oidcClient, oidcIssuer, oidcPort } from "./server-env";

/** The claims the provider asserts for a login name typed into its form. */
function claimsFor(login: string) {
  const unverified = login.startsWith("unverified:");
  const email = unverified ? login.slice("unverified:".length) : login;
  return { sub: login, email, email_verified: !unverified, name: `Test ${email}` };
}

const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

const configuration: Configuration = {
  clients: [
    {
      client_id: oidcClient.id,
      client_secret: oidcClient.secret,
      redirect_uris: [`http://localhost:${e2ePort}/api/auth/callback/oidc`],
      response_types: ["code"],
      grant_types: ["authorization_code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  async findAccount(_ctx, sub) {
    return { accountId: sub, claims: async () => claimsFor(sub) };
  },
  // A broker asks for no consent: the app is the municipality's own client.
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.account.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
  jwks: { keys: [{ ...signingKey, alg: "RS256", use: "sig" }] },
  cookies: { keys: ["e2e-only-oidc-cookie-key"], long: { sameSite: "lax" } },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
};

const provider = new Provider(oidcIssuer, configuration);
provider.listen(oidcPort, "127.0.0.1", () => {
  console.log(`test OpenID Connect provider at ${oidcIssuer}`);
});
