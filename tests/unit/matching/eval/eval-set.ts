// The held-out evaluation set for candidate ranking: openings and profiles in people's own
// words, with a consultant's graded labels. Measure with `npm run eval:match`; the target is
// asserted in tests/unit/matching/eval.test.ts. Do not tune the set to the engine: it exists
// to measure the engine honestly.
import type { MatchInput } from "../../../../lib/matching";
import { DECOYS, LABELS, TRAPS } from "./labels";
import { EVAL_OPENINGS } from "./openings";
import { EVAL_PROFILES } from "./profiles";

export { DECOYS, EVAL_OPENINGS, EVAL_PROFILES, LABELS, TRAPS };
export type { Labels } from "./labels";

export const EVAL_INPUT: MatchInput = { openings: EVAL_OPENINGS, candidates: EVAL_PROFILES };

/** Ids in the labels, traps and decoys that name no opening or profile (typos make silent zeros). */
export function unknownIds(): string[] {
  const openings = new Set(EVAL_OPENINGS.map((o) => o.id));
  const profiles = new Set(EVAL_PROFILES.map((c) => c.id));
  const problems: string[] = [];
  const tables: [string, Record<string, Record<string, unknown> | string[]>][] = [
    ["LABELS", LABELS],
    ["TRAPS", TRAPS],
    ["DECOYS", DECOYS],
  ];
  for (const [name, table] of tables) {
    for (const [openingId, entries] of Object.entries(table)) {
      if (!openings.has(openingId)) problems.push(`${name}: unknown opening "${openingId}"`);
      const ids = Array.isArray(entries) ? entries : Object.keys(entries);
      for (const id of ids) if (!profiles.has(id)) problems.push(`${name}.${openingId}: unknown profile "${id}"`);
    }
  }
  for (const id of openings) if (!(id in LABELS)) problems.push(`LABELS: no labels for opening "${id}"`);
  return problems;
}
