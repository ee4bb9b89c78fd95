// The command line's logic, separate from process I/O so tests can call it directly.
// Contract (docs/matching.md): exit 0 with JSON on stdout; exit 2 with a message naming
// the offending input path on stderr and nothing on stdout.
import { formatIssuePath, MatchInputSchema, type MatchInput } from "./schemas";
import { compileCandidates } from "./compile";
import { compileOpenings, slotOfKey, rankKeysForOpening, rankOpeningsInPool } from "./rank";
import { explainPair } from "./explain";
import { unlockAdvice } from "./unlock-advice";
import { bundlesForCandidate } from "./bundles";

export interface CliIo {
  readFile(path: string): string;
  readStdin(): string;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const USAGE = `Usage: npm run --silent match -- [--input FILE] [--reverse] [--advice] [--bundles] [--compact]
  --input FILE  read the JSON input from FILE (default: standard input)
  --reverse     rank openings for each candidate instead of candidates for each opening
  --advice      add "advice": unlock advice for each opening
  --bundles     add "bundles": up to 5 bundles of 2–3 small openings per candidate
  --compact     print JSON on one line
Exit codes: 0 ok, 2 bad input or usage.`;

interface Args {
  input?: string;
  reverse: boolean;
  advice: boolean;
  bundles: boolean;
  compact: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { reverse: false, advice: false, bundles: false, compact: false, help: false };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === "--input") {
      const file = argv[++k];
      if (!file) return "--input needs a file name";
      args.input = file;
    } else if (a?.startsWith("--input=")) args.input = a.slice("--input=".length);
    else if (a === "--reverse") args.reverse = true;
    else if (a === "--advice") args.advice = true;
    else if (a === "--bundles") args.bundles = true;
    else if (a === "--compact") args.compact = true;
    else if (a === "--help" || a === "-h") args.help = true;
    else return `unknown argument: ${a}`;
  }
  return args;
}

const fail = (message: string): CliResult => ({ exitCode: 2, stdout: "", stderr: `match: ${message}\n` });

export function parseInput(text: string, source: string): MatchInput | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return `${source}: malformed JSON: ${(e as Error).message}`;
  }
  const parsed = MatchInputSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.slice(0, 20).map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
  return `${source}: invalid input\n  ${lines.join("\n  ")}`;
}

export function runMatch(input: MatchInput, options: { reverse?: boolean; advice?: boolean; bundles?: boolean } = {}) {
  const pool = compileCandidates(input.candidates);
  const openings = compileOpenings(input.openings, pool);
  const rankings = options.reverse
    ? pool.candidates.map((c, i) => ({ candidateId: c.id, results: rankOpeningsInPool(pool, i, openings) }))
    : openings.map((o) => ({
        openingId: o.opening.id,
        results: Array.from(rankKeysForOpening(o, pool), (key) => {
          const i = slotOfKey(pool, key);
          return { candidateId: pool.ids[i] ?? "", ...explainPair(o, pool, i) };
        }),
      }));
  // Optional fields are added only when asked for, so the output without them stays as it was.
  return {
    rankings,
    ...(options.advice ? { advice: openings.map((o) => unlockAdvice(o, pool)) } : {}),
    ...(options.bundles
      ? {
          bundles: pool.candidates.flatMap((c, slot) =>
            bundlesForCandidate(pool, openings, { slot }).map(({ openingIds, hours, score, reasons }) => ({ candidateId: c.id, openingIds, hours, score, reasons })),
          ),
        }
      : {}),
  };
}

export function runCli(argv: readonly string[], io: CliIo): CliResult {
  const args = parseArgs(argv);
  if (typeof args === "string") return fail(`${args}\n${USAGE}`);
  if (args.help) return { exitCode: 0, stdout: `${USAGE}\n`, stderr: "" };
  let text: string;
  const source = args.input ?? "stdin";
  try {
    text = args.input ? io.readFile(args.input) : io.readStdin();
  } catch (e) {
    return fail(`${source}: cannot read input: ${(e as Error).message}`);
  }
  const input = parseInput(text, source);
  if (typeof input === "string") return fail(input);
  const output = runMatch(input, args);
  return { exitCode: 0, stdout: `${JSON.stringify(output, null, args.compact ? undefined : 2)}\n`, stderr: "" };
}
