// Bundles: two or three small openings that together fit one citizen's weekly hours, so a
// mini-fleksjob of 2–3 hours is not dismissed because it alone is too small for her 10–15 hours.
// Pure and bounded, like the rest of the engine: every opening is scored once with evaluatePair,
// the best KEEP of the fitting ones are kept, and pairs and triples of those are searched with
// hours and slots pruned before the third job is tried. Texts are built for the returned bundles only.
// Rules, ranking and how hours count: docs/matching.md, "Bundles".
import type { CandidatePool, CompiledOpening } from "./compile";
import { compareIds, popcount } from "./compile";
import type { Message } from "./explain";
import { bundleReasons } from "./bundle-text";
import { blockersOf, C_HOURS, evaluatePair, newScratch, potentialScoreOf } from "./score-pair";
import { BLOCK_HOURS, COMPONENT_NAMES, COMPONENT_WEIGHTS } from "./weights";

export interface Bundle {
  /** Two or three distinct openings, best-scoring first. */
  openingIds: string[];
  /** Hours per opening (in openingIds order): its minimum, plus what is left of her maximum, in turn. */
  openingHours: number[];
  /** Weekly hours of the whole bundle: the sum of openingHours, never above her maximum. */
  hours: number;
  /** 0–100: the jobs' mean score without hours, plus the hours weight × how much of her maximum is used. */
  score: number;
  reasons: Message[];
}

export interface BundleOptions {
  /** The candidate's slot in the pool (default 0: a single-candidate pool from compileCandidateWith). */
  slot?: number;
  /** At most this many bundles (default 5). */
  limit?: number;
  /** How many of the best fitting openings the search combines (default 60). */
  keep?: number;
}

export type BundleProblem = "size" | "duplicate" | "ineligible" | "hours" | "schedule";

export const DEFAULT_BUNDLE_LIMIT = 5;
export const DEFAULT_BUNDLE_KEEP = 60;

const HOURS_WEIGHT = COMPONENT_WEIGHTS.hoursFit;
// The score's weights without hours: in a bundle, hours are judged for the whole bundle.
const REST_WEIGHTS = Float64Array.from(COMPONENT_NAMES, (name, k) => (k === C_HOURS ? 0 : COMPONENT_WEIGHTS[name]));

/**
 * May this opening be part of a bundle? Every rule but hours holds for it alone (needs, commute,
 * a shared slot with her availability), it has some hours to give, and its minimum leaves room
 * under her maximum for another job. Hours are judged for the bundle as a whole: a 3-hour job alone
 * breaks the hours rule for a citizen who can work 10–15 hours.
 */
function fitsAlone(o: CompiledOpening, p: CandidatePool, slot: number, code: number): boolean {
  return (blockersOf(code) & ~BLOCK_HOURS) === 0 && o.hMax > 0 && o.hMin < (p.hMax[slot] ?? 0);
}

/**
 * A job without fixed times still needs a time of hers that the other jobs' schedules leave free,
 * one per such job. A candidate who gave no times can be fitted anywhere.
 */
function roomForFlexible(available: number, taken: number, flexible: number): boolean {
  return flexible === 0 || available === 0 || popcount(available & ~taken) >= flexible;
}

/** Null when the openings form a valid bundle for the candidate, else the first rule broken. */
export function bundleProblem(p: CandidatePool, slot: number, openings: readonly CompiledOpening[]): BundleProblem | null {
  if (openings.length < 2 || openings.length > 3) return "size";
  if (new Set(openings.map((o) => o.opening.id)).size !== openings.length) return "duplicate";
  const scratch = newScratch();
  if (!openings.every((o) => fitsAlone(o, p, slot, evaluatePair(o, p, slot, scratch)))) return "ineligible";
  if (openings.reduce((sum, o) => sum + o.hMin, 0) > (p.hMax[slot] ?? 0)) return "hours";
  let taken = 0;
  for (const o of openings) {
    if ((taken & o.slots) !== 0) return "schedule";
    taken |= o.slots;
  }
  const flexible = openings.filter((o) => o.slots === 0).length;
  return roomForFlexible(p.slots[slot] ?? 0, taken, flexible) ? null : "schedule";
}

/** The fitting openings, best first (score without hours; ties by id), at most `keep`. */
function shortlist(p: CandidatePool, slot: number, openings: readonly CompiledOpening[], keep: number) {
  const scratch = newScratch();
  const found: { o: CompiledOpening; points: number }[] = [];
  for (const o of openings) {
    if (!fitsAlone(o, p, slot, evaluatePair(o, p, slot, scratch))) continue;
    let points = 0;
    for (let k = 0; k < REST_WEIGHTS.length; k++) points += (REST_WEIGHTS[k] ?? 0) * (scratch[k] ?? 0);
    found.push({ o, points });
  }
  found.sort((a, b) => b.points - a.points || compareIds(a.o.opening.id, b.o.opening.id));
  return found.slice(0, keep);
}

/** A bundle found by the search: positions in the shortlist, and what ranks it. */
type Head = { reaches: boolean; score: number; planned: number };
type Found = Head & { picks: number[]; ids: string[] };

/** > 0 when `a` ranks above `b` without looking at ids: reaching her minimum, then score, then hours. */
function headOrder(a: Head, b: Head): number {
  if (a.reaches !== b.reaches) return a.reaches ? 1 : -1;
  return a.score - b.score || a.planned - b.planned;
}

/** The whole order: the head, then the sorted opening ids (code-unit order). */
function better(a: Found, b: Found): boolean {
  const head = headOrder(a, b);
  if (head !== 0) return head > 0;
  for (let k = 0; k < Math.min(a.ids.length, b.ids.length); k++) {
    const c = compareIds(a.ids[k] ?? "", b.ids[k] ?? "");
    if (c !== 0) return c < 0;
  }
  return a.ids.length < b.ids.length;
}

/**
 * Up to `limit` bundles of 2–3 openings for the candidate in `slot` of `p`, best first. `openings`
 * must be compiled against the pool's dictionary (a LiveOpeningPool's with compileCandidateWith,
 * or compileOpenings against the pool).
 */
export function bundlesForCandidate(p: CandidatePool, openings: readonly CompiledOpening[], options: BundleOptions = {}): Bundle[] {
  const slot = options.slot ?? 0;
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_BUNDLE_LIMIT));
  const cMin = p.hMin[slot] ?? 0;
  const cMax = p.hMax[slot] ?? 0;
  if (limit === 0 || cMax <= 0) return [];
  const list = shortlist(p, slot, openings, options.keep ?? DEFAULT_BUNDLE_KEEP);
  const n = list.length;
  const hMin = Int32Array.from(list, (x) => x.o.hMin);
  const hMax = Int32Array.from(list, (x) => x.o.hMax);
  const slots = Int32Array.from(list, (x) => x.o.slots);
  const points = Float64Array.from(list, (x) => x.points);

  const best: Found[] = [];
  const consider = (picks: number[], maxSum: number, pointSum: number) => {
    const planned = Math.min(maxSum, cMax);
    const head: Head = { reaches: planned >= cMin, score: Math.round((pointSum / picks.length + (HOURS_WEIGHT * planned) / cMax) * 100), planned };
    // Most candidates lose to the worst kept one on the head alone: no ids are looked up for them.
    if (best.length === limit && headOrder(head, best[limit - 1]!) < 0) return;
    const found: Found = { ...head, picks, ids: picks.map((i) => list[i]!.o.opening.id).sort(compareIds) };
    if (best.length === limit && !better(found, best[limit - 1]!)) return;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && better(found, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = found;
  };

  const available = p.slots[slot] ?? 0;
  const flex = (i: number) => (slots[i] === 0 ? 1 : 0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const min2 = hMin[i]! + hMin[j]!;
      if (min2 > cMax || (slots[i]! & slots[j]!) !== 0) continue;
      const taken = slots[i]! | slots[j]!;
      const flex2 = flex(i) + flex(j);
      // A third job only takes more of her time, so a pair without room has no triple either.
      if (!roomForFlexible(available, taken, flex2)) continue;
      const max2 = hMax[i]! + hMax[j]!;
      const points2 = points[i]! + points[j]!;
      consider([i, j], max2, points2);
      for (let k = j + 1; k < n; k++) {
        if (min2 + hMin[k]! > cMax || (taken & slots[k]!) !== 0 || !roomForFlexible(available, taken | slots[k]!, flex2 + flex(k))) continue;
        consider([i, j, k], max2 + hMax[k]!, points2 + points[k]!);
      }
    }
  }

  return best.map((f) => {
    const chosen = f.picks.map((i) => list[i]!.o);
    // Each job at its minimum; what is left of her maximum goes to the best job first.
    let left = cMax - chosen.reduce((sum, o) => sum + o.hMin, 0);
    const halfHours = chosen.map((o) => {
      const extra = Math.min(o.hMax - o.hMin, left);
      left -= extra;
      return o.hMin + extra;
    });
    const openingHours = halfHours.map((h) => h / 2);
    return {
      openingIds: chosen.map((o) => o.opening.id),
      openingHours,
      hours: f.planned / 2,
      score: f.score / 100,
      reasons: bundleReasons(p.candidateAt(slot), chosen, openingHours),
    };
  });
}

/**
 * The weekly hours the candidate's best single eligible opening can give her (its maximum, at most
 * hers), or 0 when none fits. A bundle is worth showing her when her maximum is above this.
 */
export function bestSingleJobHours(p: CandidatePool, slot: number, openings: readonly CompiledOpening[]): number {
  const scratch = newScratch();
  let best: { points: number; o: CompiledOpening } | null = null;
  for (const o of openings) {
    const code = evaluatePair(o, p, slot, scratch);
    if (blockersOf(code) !== 0) continue;
    const points = potentialScoreOf(code);
    if (!best || points > best.points || (points === best.points && compareIds(o.opening.id, best.o.opening.id) < 0)) best = { points, o };
  }
  return best ? Math.min(best.o.hMax, p.hMax[slot] ?? 0) / 2 : 0;
}
