#!/usr/bin/env node
// Runs the Prisma CLI. Prisma 7's CLI downloads a native schema engine on first use; machines
// that cannot reach Prisma's download host may provide a stand-in through Prisma's standard
// PRISMA_SCHEMA_ENGINE_BINARY override. When the variable is unset and the workplace's shared
// stand-in exists next to the checkout, use it. The running app never needs either: the client
// is Rust-free (WASM query compiler + pg driver adapter).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export function schemaEngineEnv(cwd = process.cwd()) {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY) return {};
  const candidates = [
    path.resolve(cwd, "../shared/tools/prisma-schema-engine/schema-engine.mjs"),
    path.resolve(cwd, "../../shared/tools/prisma-schema-engine/schema-engine.mjs"),
  ];
  const found = candidates.find((p) => existsSync(p));
  return found ? { PRISMA_SCHEMA_ENGINE_BINARY: found } : {};
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname;
if (isMain) {
  const require = createRequire(import.meta.url);
  const cli = require.resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, ...schemaEngineEnv() },
  });
  process.exit(result.status ?? 1);
}
