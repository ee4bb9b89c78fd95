import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers (docs/architecture.md), enforced: Prisma only in lib/db, and the matching engine pure.
const prismaOnlyInLibDb = {
  group: ["@/generated/prisma", "@/generated/prisma/*", "**/generated/prisma", "**/generated/prisma/*", "@prisma/*"],
  message: "Only lib/db imports Prisma. Import a function from lib/db, and enums from lib/db/types.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{ts,tsx,mts,js,mjs}"],
    ignores: ["lib/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [prismaOnlyInLibDb] }] },
  },
  {
    files: ["lib/matching/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            prismaOnlyInLibDb,
            { group: ["@/lib/db", "@/lib/db/*", "**/lib/db/*"], message: "lib/matching is pure: the caller loads the data." },
            { group: ["next", "next/*", "next-intl", "next-intl/*"], message: "lib/matching is pure: no framework." },
            { regex: "^node:", message: "lib/matching is pure: no I/O, no clock (pass `now`)." },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
