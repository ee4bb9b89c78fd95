// Ranking: eligible pairs with something in common with the opening first by score (ties by id),
// then eligible pairs with nothing in common ("meets the requirements, no relevant experience"),
// then ineligible pairs so a consultant sees the "almost" matches: fewest blockers first, then by
// the score they would have had, then by id. The whole order is encoded in one float64 key per pair so
// a native typed-array sort does the work without a comparator callback.
import type { Candidate, Opening } from "./schemas";
import { compareIds, compileCandidates, compileOpening, popcount } from "./compile";
import type { CandidatePool, CompiledOpening } from "./compile";
import { explainPair, type Explanation } from "./explain";
import { blockersOf, evaluatePair, isRelevant, newScratch, potentialScoreOf, SCORE_SCALE } from "./score-pair";

export interface CandidateResult extends Explanation {
  candidateId: string;
}

export interface OpeningResult extends Explanation {
  openingId: string;
}

export interface RankOptions {
  /** Return only the best N results (explanations are built for those only). */
  limit?: number;
}

const INDEX_SPAN = 2 ** 24; // up to 16.7 M items per ranking
const SCORE_SPAN = 2 ** 14; // scores in hundredths, 0–10000
const MAX_SCORE = 100 * SCORE_SCALE;

export function sortKey(code: number, index: number): number {
  const blockers = blockersOf(code);
  const group = blockers === 0 ? (isRelevant(code) ? 0 : 1) : 1 + popcount(blockers);
  return (group * SCORE_SPAN + (MAX_SCORE - potentialScoreOf(code))) * INDEX_SPAN + index;
}

/** 0 = eligible and relevant, 1 = eligible with nothing in common, 2+ = ineligible (1 + blocker count). */
export function groupOfKey(key: number): number {
  return Math.floor(key / INDEX_SPAN / SCORE_SPAN);
}

/** The id rank encoded in a sort key (the candidate's position in `pool.order`). */
export function indexOfKey(key: number): number {
  return key % INDEX_SPAN;
}

/** The pool slot of the candidate a sort key from rankKeysForOpening stands for. */
export function slotOfKey(pool: CandidatePool, key: number): number {
  return pool.order[indexOfKey(key)] ?? -1;
}

export function compileOpenings(openings: readonly Opening[], pool: CandidatePool): CompiledOpening[] {
  return [...openings].sort((a, b) => compareIds(a.id, b.id)).map((o) => compileOpening(o, pool));
}

/**
 * Scores every candidate of the pool for one opening and returns the sorted keys
 * (decode with slotOfKey). `keys` may be passed in to reuse a buffer across calls.
 */
export function rankKeysForOpening(o: CompiledOpening, pool: CandidatePool, keys?: Float64Array): Float64Array {
  if (pool.size > INDEX_SPAN) throw new RangeError("too many candidates for one ranking");
  const out = keys && keys.length === pool.size ? keys : new Float64Array(pool.size);
  const scratch = newScratch();
  const order = pool.order;
  for (let r = 0; r < pool.size; r++) out[r] = sortKey(evaluatePair(o, pool, order[r] ?? 0, scratch), r);
  return out.sort();
}

function take(keys: Float64Array, limit: number | undefined): Float64Array {
  return limit === undefined ? keys : keys.subarray(0, Math.max(0, Math.min(limit, keys.length)));
}

function isPool(x: readonly Candidate[] | CandidatePool): x is CandidatePool {
  return !Array.isArray(x);
}

function isCompiled(x: Opening | CompiledOpening): x is CompiledOpening {
  return "offeredLo" in x;
}

/**
 * Ranks candidates for one opening. Pass a precompiled pool (compileCandidates) and
 * opening (compileOpening against that pool) to rank repeatedly without recompiling.
 */
export function rankCandidatesForOpening(
  opening: Opening | CompiledOpening,
  candidates: readonly Candidate[] | CandidatePool,
  options: RankOptions = {},
): CandidateResult[] {
  const pool = isPool(candidates) ? candidates : compileCandidates(candidates);
  const compiled =
    isCompiled(opening) && isPool(candidates) ? opening : compileOpening(isCompiled(opening) ? opening.opening : opening, pool);
  const keys = take(rankKeysForOpening(compiled, pool), options.limit);
  return Array.from(keys, (key) => {
    const slot = slotOfKey(pool, key);
    return { candidateId: pool.ids[slot] ?? "", ...explainPair(compiled, pool, slot) };
  });
}

/**
 * Ranks openings for the candidate in slot `index` of a pool. `openings` must come from
 * compileOpenings (sorted by id: array position is the tie-break).
 */
export function rankOpeningsInPool(
  pool: CandidatePool,
  index: number,
  openings: readonly CompiledOpening[],
  options: RankOptions = {},
): OpeningResult[] {
  const scratch = newScratch();
  const keys = new Float64Array(openings.length);
  openings.forEach((o, k) => (keys[k] = sortKey(evaluatePair(o, pool, index, scratch), k)));
  return Array.from(take(keys.sort(), options.limit), (key) => {
    const o = openings[indexOfKey(key)];
    if (!o) throw new RangeError("opening index out of range");
    return { openingId: o.opening.id, ...explainPair(o, pool, index) };
  });
}

/** Ranks openings for one candidate (the mirror of rankCandidatesForOpening). */
export function rankOpeningsForCandidate(
  candidate: Candidate,
  openings: readonly Opening[],
  options: RankOptions = {},
): OpeningResult[] {
  const pool = compileCandidates([candidate]);
  return rankOpeningsInPool(pool, 0, compileOpenings(openings, pool), options);
}

/**
 * Scores the candidate in `slot` against openings (sorted by id: position = tie-break) and
 * returns the sorted keys of those `keep` accepts (decode the position with indexOfKey). `keep`
 * sees the position and the pair's blocker bits, so filters cost no explanation; the keys' order
 * puts relevant pairs before the others (groupOfKey tells them apart).
 */
export function rankOpeningKeys(
  pool: CandidatePool,
  slot: number,
  openings: readonly CompiledOpening[],
  keep: (position: number, blockers: number) => boolean = () => true,
): Float64Array {
  const scratch = newScratch();
  const keys = new Float64Array(openings.length);
  let n = 0;
  for (let k = 0; k < openings.length; k++) {
    const o = openings[k];
    if (!o) continue;
    const code = evaluatePair(o, pool, slot, scratch);
    if (keep(k, blockersOf(code))) keys[n++] = sortKey(code, k);
  }
  return keys.subarray(0, n).sort();
}

/** The score (0–100) of one pair, exactly as explainPair gives it, without building the texts. */
export function scoreAt(o: CompiledOpening, pool: CandidatePool, slot: number): number {
  const code = evaluatePair(o, pool, slot, newScratch());
  return blockersOf(code) === 0 ? potentialScoreOf(code) / SCORE_SCALE : 0;
}
