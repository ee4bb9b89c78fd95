import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native/WASM packages that must not be bundled.
  serverExternalPackages: ["@node-rs/argon2", "pino", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  // forbidden() renders app/forbidden.tsx with status 403 for another role's area. The server
  // action body limit is Next's default, written out because components/ui/action-form.tsx keeps
  // below it (900 KB) and says "for langt" instead of sending a body that would be refused.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "1mb" } },
  // nosniff, Referrer-Policy, Permissions-Policy, X-Frame-Options on every response, API routes
  // and static files included. The CSP (with its per-request nonce) and HSTS come from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...staticSecurityHeaders] }];
  },
};

export default withNextIntl(nextConfig);
