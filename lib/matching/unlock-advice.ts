// Unlock advice: which single change to an opening would make the most additional
// candidates eligible. This is how the product nudges employers toward inclusive jobs.
//
// A candidate is unlocked by offering accommodation X exactly when the only rule it
// breaks is the needs rule and X is its only unmet must-need; by widening the hours
// exactly when hours are the only broken rule and the change stays plausible (MAX_HOURS_WIDENING).
// One pass over the pool counts all options.
import type { Candidate, Opening } from "./schemas";
import { compileCandidates, compileOpening, popcount } from "./compile";
import type { CandidatePool, CompiledOpening } from "./compile";
import { blockersOf, evaluatePair, newScratch } from "./score-pair";
import { ACCOMMODATION_CODES, accommodationLabel, type Label } from "./vocabulary";
import { BLOCK_HOURS, BLOCK_NEEDS } from "./weights";

export type UnlockOption =
  | { kind: "offer_accommodation"; code: string; label: Label; unlocks: number }
  | { kind: "lower_min_hours"; from: number; to: number; unlocks: number }
  | { kind: "raise_max_hours"; from: number; to: number; unlocks: number };

export interface UnlockAdvice {
  openingId: string;
  candidates: number;
  eligibleNow: number;
  /** Every option, most unlocks first; accommodations not yet offered are all listed. */
  options: UnlockOption[];
  /** The option with the most unlocks, or null when no single change unlocks anyone. */
  best: UnlockOption | null;
}

const KIND_ORDER = { offer_accommodation: 0, lower_min_hours: 1, raise_max_hours: 2 } as const;

/**
 * How far the advice may move an opening's hours: by half the bound at most, and never by more
 * than 5 hours a week, whichever is less. Either limit alone lets something implausible through:
 * +5 hours would make a 2–3 hour mini-job an 8-hour job, +50 % a 30-hour job a 45-hour one. The
 * employer chose the hours for the work there is; the advice suggests stretching them, not a new job.
 */
export const MAX_HOURS_WIDENING = { share: 0.5, hours: 5 } as const;

/** The largest step from a bound, both in half-hours (the compiled unit), rounded down. */
function maxStep(boundHalfHours: number): number {
  return Math.min(Math.floor(boundHalfHours * MAX_HOURS_WIDENING.share), MAX_HOURS_WIDENING.hours * 2);
}

function lowestBit(x: number): number {
  return 31 - Math.clz32(x & -x);
}

export function unlockAdvice(opening: Opening | CompiledOpening, candidates: readonly Candidate[] | CandidatePool): UnlockAdvice {
  const pool = Array.isArray(candidates) ? compileCandidates(candidates) : (candidates as CandidatePool);
  const o = "offeredLo" in opening && !Array.isArray(candidates) ? opening : compileOpening("offeredLo" in opening ? opening.opening : opening, pool);
  const perCode = new Int32Array(ACCOMMODATION_CODES.length);
  const scratch = newScratch();
  let eligibleNow = 0;
  let below = 0;
  let above = 0;
  let lowestMax = Number.POSITIVE_INFINITY;
  let highestMin = Number.NEGATIVE_INFINITY;
  // Only candidates within a plausible widening count (MAX_HOURS_WIDENING).
  const lowestMin = o.hMin - maxStep(o.hMin);
  const highestMax = o.hMax + maxStep(o.hMax);

  for (let r = 0; r < pool.size; r++) {
    const i = pool.order[r] ?? 0;
    const block = blockersOf(evaluatePair(o, pool, i, scratch));
    if (block === 0) eligibleNow++;
    else if (block === BLOCK_NEEDS) {
      const lo = (pool.mustLo[i] ?? 0) & ~o.offeredLo;
      const hi = (pool.mustHi[i] ?? 0) & ~o.offeredHi;
      if (popcount(lo) + popcount(hi) === 1) {
        const k = lo !== 0 ? lowestBit(lo) : 32 + lowestBit(hi);
        perCode[k] = (perCode[k] ?? 0) + 1;
      }
    } else if (block === BLOCK_HOURS) {
      const cMin = pool.hMin[i] ?? 0;
      const cMax = pool.hMax[i] ?? 0;
      if (cMax < o.hMin) {
        if (cMax >= lowestMin) {
          below++;
          lowestMax = Math.min(lowestMax, cMax);
        }
      } else if (cMin > o.hMax && cMin <= highestMax) {
        above++;
        highestMin = Math.max(highestMin, cMin);
      }
    }
  }

  const options: UnlockOption[] = [];
  ACCOMMODATION_CODES.forEach((code, k) => {
    const offered = k < 32 ? (o.offeredLo >>> k) & 1 : (o.offeredHi >>> (k - 32)) & 1;
    if (!offered) options.push({ kind: "offer_accommodation", code, label: accommodationLabel(code), unlocks: perCode[k] ?? 0 });
  });
  if (below > 0) options.push({ kind: "lower_min_hours", from: o.hMin / 2, to: lowestMax / 2, unlocks: below });
  if (above > 0) options.push({ kind: "raise_max_hours", from: o.hMax / 2, to: highestMin / 2, unlocks: above });

  const codeOrder = (x: UnlockOption) => (x.kind === "offer_accommodation" ? ACCOMMODATION_CODES.indexOf(x.code) : 0);
  options.sort((a, b) => b.unlocks - a.unlocks || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || codeOrder(a) - codeOrder(b));
  const top = options[0];
  return {
    openingId: o.opening.id,
    candidates: pool.size,
    eligibleNow,
    options,
    best: top && top.unlocks > 0 ? top : null,
  };
}
