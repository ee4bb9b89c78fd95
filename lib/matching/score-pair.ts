// The hot path: one opening × one candidate → blocker bits and a score, with component
// values written into a caller-owned scratch array. Runs ~10^5–10^6 times per ranking,
// so it allocates nothing and touches only typed arrays. Explanations reuse it, so the
// numbers a consultant reads are exactly the numbers that ranked the list.
import type { CandidatePool, CompiledOpening } from "./compile";
import { popcount } from "./compile";
import { ENTRY_SIZE } from "./compile-skills";
import { RELATED_CREDIT } from "./text/requirements";
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
  return Math.floor(code / BLOCK_SHIFT) >> 1;
}

/** Whether the pair has a skill or the field in common (see evaluatePair). */
export function isRelevant(code: number): boolean {
  return (Math.floor(code / BLOCK_SHIFT) & 1) === 0;
}

/** Score in hundredths (0–10000) the pair would have without its blockers. */
export function potentialScoreOf(code: number): number {
  return code % BLOCK_SHIFT;
}

function sharesAny(ids: Int32Array, list: Int32Array, from: number, to: number): boolean {
  for (let j = 0; j < ids.length; j++) for (let k = from; k < to; k++) if (list[k] === ids[j]) return true;
  return false;
}

/** Skills met in full, plus RELATED_CREDIT for each met only in part. */
function credit(fullLo: number, fullHi: number, partLo: number, partHi: number): number {
  if ((fullLo | fullHi | partLo | partHi) === 0) return 0;
  return popcount(fullLo) + popcount(fullHi) + RELATED_CREDIT * (popcount(partLo & ~fullLo) + popcount(partHi & ~fullHi));
}

/** Returns (blockerBits × 2 + irrelevant) × 16384 + score in hundredths; fills `out` with component values. */
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

  // Skills: OR the bitsets of every concept she has that the opening knows, then count the
  // required (and preferred) skills met in full, and those met only in part.
  let rfLo = 0, rfHi = 0, rpLo = 0, rpHi = 0, pfLo = 0, pfHi = 0, ppLo = 0, ppHi = 0;
  const mark = o.skills.mark;
  const bits = o.skills.bits;
  const end = p.skillEnd[i] ?? 0;
  for (let k = p.skillStart[i] ?? 0; k < end; k++) {
    const e = mark[p.skills[k] ?? 0] ?? 0;
    if (e === 0) continue;
    const b = e * ENTRY_SIZE;
    rfLo |= bits[b] ?? 0;
    rfHi |= bits[b + 1] ?? 0;
    rpLo |= bits[b + 2] ?? 0;
    rpHi |= bits[b + 3] ?? 0;
    pfLo |= bits[b + 4] ?? 0;
    pfHi |= bits[b + 5] ?? 0;
    ppLo |= bits[b + 6] ?? 0;
    ppHi |= bits[b + 7] ?? 0;
  }
  const req = credit(rfLo, rfHi, rpLo, rpHi);
  const pref = credit(pfLo, pfHi, ppLo, ppHi);
  out[C_REQUIRED] = o.reqCount === 0 ? 1 : req / o.reqCount;
  out[C_PREFERRED] = o.prefCount === 0 ? 1 : pref / o.prefCount;

  // Wishes: own occupation > own industry > open to a new field.
  let wish: number;
  if (sharesAny(o.occIds, p.occ, p.occStart[i] ?? 0, p.occEnd[i] ?? 0)) wish = WISH_VALUES.occupation;
  else if (sharesAny(o.indIds, p.ind, p.indStart[i] ?? 0, p.indEnd[i] ?? 0)) wish = WISH_VALUES.industry;
  else if (p.openToNew[i] === 1) wish = WISH_VALUES.openToNewField;
  else if (p.hasWishes[i] === 0 || !o.hasField) wish = WISH_VALUES.unknown;
  else wish = WISH_VALUES.mismatch;
  out[C_WISHES] = wish;

  // Relevant: something of hers meets the opening's skills or field. An opening that names no
  // skill and no field has nothing to be relevant to, so everyone eligible is.
  const irrelevant = req === 0 && pref === 0 && wish !== WISH_VALUES.occupation && wish !== WISH_VALUES.industry && (o.reqCount + o.prefCount > 0 || o.hasField);

  let score = 0;
  for (let k = 0; k < N_COMPONENTS; k++) score += (WEIGHTS[k] ?? 0) * (out[k] ?? 0);
  return (block * 2 + (irrelevant ? 1 : 0)) * BLOCK_SHIFT + Math.round(score * SCORE_SCALE);
}
