// oidc-provider 8 ships no types (DefinitelyTyped's are a separate package): only what
// tests/e2e/oidc-server.ts uses.
declare module "oidc-provider" {
  type Claims = { sub: string } & Record<string, unknown>;
  type Account = { accountId: string; claims: () => Promise<Claims> };
  interface Grant {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }
  type Context = {
    oidc: {
      provider: { Grant: new (properties: { clientId: string; accountId: string }) => Grant };
      client: { clientId: string };
      account: { accountId: string };
    };
  };

  export type Configuration = {
    clients: Array<Record<string, unknown>>;
    claims: Record<string, string[] | null>;
    findAccount: (ctx: Context, sub: string) => Promise<Account | undefined>;
    loadExistingGrant: (ctx: Context) => Promise<Grant | undefined>;
    jwks: { keys: object[] };
    cookies: { keys: string[]; long?: { sameSite?: "lax" | "strict" | "none" } };
    pkce: { required: () => boolean };
    features: Record<string, { enabled: boolean }>;
  };

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    listen(port: number, host: string, callback: () => void): import("node:http").Server;
  }
}
