import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules in eslint.config.mjs, run on snippets as if they were files in the tree.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../../..") });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layer rules", () => {
  it("allow Prisma in lib/db only", async () => {
    const code = 'import { PrismaClient } from "@/generated/prisma/client";\nexport const c = PrismaClient;\n';
    expect(await restricted("lib/db/example.ts", code)).toEqual([]);
    expect(await restricted("app/(consultant)/consultant/example.ts", code)).toHaveLength(1);
    expect(await restricted("lib/results/example.ts", 'import { PrismaPg } from "@prisma/adapter-pg";\nexport const a = PrismaPg;\n')).toHaveLength(1);
    expect(await restricted("scripts/example.ts", 'import { Prisma } from "../generated/prisma/client";\nexport const p = Prisma;\n')).toHaveLength(1);
  }, 30_000);

  it("keep lib/matching free of the database, the framework and Node's I/O", async () => {
    for (const source of ["@/lib/db/client", "next/cache", "node:fs"]) {
      expect(await restricted("lib/matching/example.ts", `import * as x from "${source}";\nexport const y = x;\n`)).toHaveLength(1);
    }
    expect(await restricted("lib/matching/example.ts", 'import { normalize } from "./normalize";\nexport const n = normalize;\n')).toEqual([]);
  }, 30_000);
});
