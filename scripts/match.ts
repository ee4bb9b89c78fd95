// Command line for the matching engine: `npm run --silent match -- --input FILE` (or
// stdin). All logic is in lib/matching/cli.ts; this file only does process I/O.
import { readFileSync } from "node:fs";
import { runCli } from "../lib/matching/cli";

const result = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, "utf8"),
  readStdin: () => readFileSync(0, "utf8"),
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
