import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native/WASM packages that must not be bundled.
  serverExternalPackages: ["@node-rs/argon2", "pino", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  // forbidden() renders app/forbidden.tsx with status 403 for another role's area.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
