// The hot path: one opening × one candidate → blocker bits and a score, with component
// values written into a caller-owned scratch array. Runs ~10^5–10^6 times per ranking,
// so it allocates nothing and touches only typed arrays. Explanations reuse it, so the
// numbers a consultant reads are exactly the numbers that ranked the list.
import type { CandidatePool, CompiledOpening } from "./compile";
import { popcount } from "./compile";
import {
  BLOCK_COMMUTE,
  BLOCK_HOURS,
  BLOCK_NEEDS,
  BLOCK_SCHEDULE,
  COMPONENT_NAMES,
  COMPONENT_WEIGHTS,
  DEFAULT_DISTANCE_SCALE_KM,
  UNKNOWN_DISTANCE_VALUE,
  WISH_VALUES,
} from "./weights";

/** Scratch slots, in COMPONENT_NAMES order. */
export const C_REQUIRED = 0;
export const C_PREFERRED = 1;
export const C_WISHES = 2;
export const C_PREF_NEEDS = 3;
export const C_HOURS = 4;
export const C_DISTANCE = 5;
export const C_SCHEDULE = 6;

const WEIGHTS = new Float64Array(COMPONENT_NAMES.map((n) => COMPONENT_WEIGHTS[n]));
const N_COMPONENTS = WEIGHTS.length;

/** Scores travel as integer hundredths, packed below the blocker bits. */
export const SCORE_SCALE = 100;
const BLOCK_SHIFT = 16384; // > 100 × 100

export function newScratch(): Float64Array {
  return new Float64Array(N_COMPONENTS);
}

export function blockersOf(code: number): number {
  return Math.floor(code / BLOCK_SHIFT);
}

/** Score in hundredths (0–10000) the pair would have without its blockers. */
export function potentialScoreOf(code: number): number {
  return code % BLOCK_SHIFT;
}

function contains(list: Int32Array, from: number, to: number, id: number): boolean {
  for (let k = from; k < to; k++) if (list[k] === id) return true;
  return false;
}

/** Returns blockerBits × 16384 + score in hundredths; fills `out` with component values. */
export function evaluatePair(o: CompiledOpening, p: CandidatePool, i: number, out: Float64Array): number {
  let block = 0;

  // Rule 1 and the hours component: overlap of the weekly ranges, in half hours.
  const cMin = p.hMin[i] ?? 0;
  const cMax = p.hMax[i] ?? 0;
  const overlap = Math.min(cMax, o.hMax) - Math.max(cMin, o.hMin);
  if (overlap < 0) block |= BLOCK_HOURS;
  // +1 so point ranges (15–15 h) can fit perfectly; 1.0 = the narrower range fits inside.
  out[C_HOURS] = overlap < 0 ? 0 : (overlap + 1) / (Math.min(cMax - cMin, o.hMax - o.hMin) + 1);

  // Rule 2: every must-need offered. Prefer-needs feed a component instead.
  if (((p.mustLo[i] ?? 0) & ~o.offeredLo) !== 0 || ((p.mustHi[i] ?? 0) & ~o.offeredHi) !== 0) block |= BLOCK_NEEDS;
  const prefCount = p.prefCount[i] ?? 0;
  out[C_PREF_NEEDS] =
    prefCount === 0
      ? 1
      : (popcount((p.prefLo[i] ?? 0) & o.offeredLo) + popcount((p.prefHi[i] ?? 0) & o.offeredHi)) / prefCount;

  // Rule 3: shared slot when both sides name slots; empty means any time.
  const cSlots = p.slots[i] ?? 0;
  if (cSlots === 0 || o.slots === 0) out[C_SCHEDULE] = 1;
  else {
    const common = popcount(cSlots & o.slots);
    if (common === 0) block |= BLOCK_SCHEDULE;
    out[C_SCHEDULE] = common / o.slotCount;
  }

  // Rule 4: commute limit unless remote; unknown postal codes skip the rule.
  if (o.remote) out[C_DISTANCE] = 1;
  else {
    const pi = p.postal[i] ?? -1;
    const d = pi >= 0 ? (o.distances[pi] ?? Number.NaN) : Number.NaN;
    if (d !== d) out[C_DISTANCE] = UNKNOWN_DISTANCE_VALUE;
    else {
      const limit = p.maxKm[i] ?? Number.POSITIVE_INFINITY;
      if (d > limit) block |= BLOCK_COMMUTE;
      const scale = limit === Number.POSITIVE_INFINITY ? DEFAULT_DISTANCE_SCALE_KM : limit;
      out[C_DISTANCE] = scale > 0 ? Math.max(0, 1 - d / scale) : d <= 0 ? 1 : 0;
    }
  }

  // Skills: candidates' skill ids are distinct, so summing marks counts matches.
  let req = 0;
  let pref = 0;
  const reqMark = o.reqMark;
  const prefMark = o.prefMark;
  const end = p.skillEnd[i] ?? 0;
  for (let k = p.skillStart[i] ?? 0; k < end; k++) {
    const s = p.skills[k] ?? 0;
    req += reqMark[s] ?? 0;
    pref += prefMark[s] ?? 0;
  }
  out[C_REQUIRED] = o.reqCount === 0 ? 1 : req / o.reqCount;
  out[C_PREFERRED] = o.prefCount === 0 ? 1 : pref / o.prefCount;

  // Wishes: own occupation > own industry > open to a new field.
  let wish: number;
  if (o.occId >= 0 && contains(p.occ, p.occStart[i] ?? 0, p.occEnd[i] ?? 0, o.occId)) wish = WISH_VALUES.occupation;
  else if (o.indId >= 0 && contains(p.ind, p.indStart[i] ?? 0, p.indEnd[i] ?? 0, o.indId)) wish = WISH_VALUES.industry;
  else if (p.openToNew[i] === 1) wish = WISH_VALUES.openToNewField;
  else if (p.hasWishes[i] === 0 || (o.occId === -1 && o.indId === -1)) wish = WISH_VALUES.unknown;
  else wish = WISH_VALUES.mismatch;
  out[C_WISHES] = wish;

  let score = 0;
  for (let k = 0; k < N_COMPONENTS; k++) score += (WEIGHTS[k] ?? 0) * (out[k] ?? 0);
  return block * BLOCK_SHIFT + Math.round(score * SCORE_SCALE);
}
