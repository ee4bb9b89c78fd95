// Precompilation: turns validated candidates and openings into flat typed arrays so the
// per-pair loop does integer and float arithmetic only: no strings, no maps, no
// allocation. Candidates become a struct-of-arrays "pool"; openings are compiled against
// a pool because skills are interned into the pool's dictionary.
import type { Candidate, Opening } from "./schemas";
import { compileSkills, openingRequirements, skillKeysOf, type CompiledSkills } from "./compile-skills";
import { haveKeysOf } from "./text/requirements";
import { accommodationBit, HOME_CONTROLLED_CODES, REMOTE_WORK_CODE, slotBit } from "./vocabulary";
import { distanceTableFrom, postalIndex } from "./postal-codes";

/**
 * Candidates as a struct-of-arrays. Each candidate lives in a slot; `order` lists the live slots
 * sorted by id (code-unit order), and a candidate's position there is its tie-break rank. A pool
 * from compileCandidates has slot = rank; a LiveCandidatePool (live-pool.ts) reuses and appends
 * slots as candidates change, and keeps `order` up to date.
 */
export interface CandidatePool {
  /** Number of live candidates (= the length of `order` that is in use). */
  readonly size: number;
  /** Live slots in id order: order[rank] = slot. */
  readonly order: Int32Array;
  /** Candidate id by slot ("" for a free slot). */
  readonly ids: readonly string[];
  /** The input candidates by slot, when the pool keeps them (compileCandidates does). */
  readonly candidates?: readonly Candidate[];
  /** The candidate in a slot, as the engine's input shape (for explanations). */
  candidateAt(slot: number): Candidate;
  /** Concept key (text/concepts.ts) of skills, occupations and industries → interned id. */
  readonly dict: ReadonlyMap<string, number>;
  readonly hMin: Int16Array; // half hours
  readonly hMax: Int16Array;
  readonly slots: Int32Array; // 28-bit slot set, 0 = any time
  readonly mustLo: Int32Array; // need bits 0–31
  readonly mustHi: Int32Array; // need bits 32–63
  readonly prefLo: Int32Array;
  readonly prefHi: Int32Array;
  readonly prefCount: Uint8Array;
  readonly postal: Int32Array; // index into POSTAL_CODES, -1 unknown
  readonly maxKm: Float64Array; // Infinity = no limit
  readonly skillStart: Int32Array; // per slot: [skillStart, skillEnd) in skills
  readonly skillEnd: Int32Array;
  readonly skills: Int32Array; // distinct interned ids per candidate
  readonly occStart: Int32Array;
  readonly occEnd: Int32Array;
  readonly occ: Int32Array;
  readonly indStart: Int32Array;
  readonly indEnd: Int32Array;
  readonly ind: Int32Array;
  readonly openToNew: Uint8Array;
  readonly hasWishes: Uint8Array;
}

export interface CompiledOpening {
  readonly opening: Opening;
  readonly hMin: number;
  readonly hMax: number;
  readonly slots: number;
  readonly slotCount: number;
  readonly offeredLo: number;
  readonly offeredHi: number;
  readonly remote: boolean;
  /** km from the opening to each postal code; all NaN when the opening's code is unknown. */
  readonly distances: Float64Array;
  /** Required and preferred skills as requirements, and their marks over the pool's dictionary. */
  readonly skills: CompiledSkills;
  readonly reqCount: number;
  readonly prefCount: number;
  /** Interned ids of the occupation's and industry's concepts (ids no candidate has are left out). */
  readonly occIds: Int32Array;
  readonly indIds: Int32Array;
  /** Whether the opening names an occupation or industry at all (so a wish can miss it). */
  readonly hasField: boolean;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function needBits(codes: Iterable<string>): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const code of codes) {
    const bit = accommodationBit(code);
    if (bit < 0) continue;
    if (bit < 32) lo |= 1 << bit;
    else hi |= 1 << (bit - 32);
  }
  return [lo, hi];
}

/** A candidate's needs as bitsets; a need marked both must and prefer is a must (the stronger level wins). */
export function compileNeeds(c: Candidate): { mustLo: number; mustHi: number; prefLo: number; prefHi: number; prefCount: number } {
  const must = new Set(c.needs.filter((n) => n.level === "must").map((n) => n.code));
  const prefer = new Set(c.needs.filter((n) => n.level === "prefer" && !must.has(n.code)).map((n) => n.code));
  const [mustLo, mustHi] = needBits(must);
  const [prefLo, prefHi] = needBits(prefer);
  return { mustLo, mustHi, prefLo, prefHi, prefCount: prefer.size };
}

export function slotMask(slots: readonly string[] | undefined): number {
  let mask = 0;
  for (const s of slots ?? []) {
    const bit = slotBit(s);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function csr(lists: number[][]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, i) => {
    start[i] = total;
    total += l.length;
  });
  start[lists.length] = total;
  const flat = new Int32Array(total);
  let k = 0;
  for (const l of lists) for (const v of l) flat[k++] = v;
  return [start, flat];
}

/** A pool compiled from a list: slot = id rank, and the input candidates are kept. */
export type CompiledPool = CandidatePool & { readonly candidates: readonly Candidate[] };

export function compileCandidates(input: readonly Candidate[]): CompiledPool {
  const candidates = [...input].sort((a, b) => compareIds(a.id, b.id));
  const n = candidates.length;
  const dict = new Map<string, number>();
  const intern = (key: string): number => {
    let id = dict.get(key);
    if (id === undefined) dict.set(key, (id = dict.size));
    return id;
  };
  const distinct = (words: readonly string[] | undefined) => haveKeysOf(words).map(intern);

  const pool = {
    size: n,
    order: Int32Array.from({ length: n }, (_, i) => i),
    ids: candidates.map((c) => c.id),
    candidates,
    candidateAt: (slot: number): Candidate => {
      const c = candidates[slot];
      if (!c) throw new RangeError(`candidate slot ${slot} out of range`);
      return c;
    },
    dict,
    hMin: new Int16Array(n),
    hMax: new Int16Array(n),
    slots: new Int32Array(n),
    mustLo: new Int32Array(n),
    mustHi: new Int32Array(n),
    prefLo: new Int32Array(n),
    prefHi: new Int32Array(n),
    prefCount: new Uint8Array(n),
    postal: new Int32Array(n),
    maxKm: new Float64Array(n),
    openToNew: new Uint8Array(n),
    hasWishes: new Uint8Array(n),
  };
  const skillLists: number[][] = [];
  const occLists: number[][] = [];
  const indLists: number[][] = [];
  candidates.forEach((c, i) => {
    pool.hMin[i] = Math.round(c.weeklyHours.min * 2);
    pool.hMax[i] = Math.round(c.weeklyHours.max * 2);
    pool.slots[i] = slotMask(c.availability);
    const needs = compileNeeds(c);
    [pool.mustLo[i], pool.mustHi[i], pool.prefLo[i], pool.prefHi[i], pool.prefCount[i]] = [needs.mustLo, needs.mustHi, needs.prefLo, needs.prefHi, needs.prefCount];
    pool.postal[i] = postalIndex(c.postalCode);
    pool.maxKm[i] = c.maxCommuteKm ?? Number.POSITIVE_INFINITY;
    skillLists.push(distinct(c.skills));
    occLists.push(distinct(c.wishes?.occupations));
    indLists.push(distinct(c.wishes?.industries));
    pool.openToNew[i] = c.wishes?.openToNewField ? 1 : 0;
    pool.hasWishes[i] = (occLists[i]?.length ?? 0) + (indLists[i]?.length ?? 0) > 0 ? 1 : 0;
  });
  const [skillStart, skills] = csr(skillLists);
  const [occStart, occ] = csr(occLists);
  const [indStart, ind] = csr(indLists);
  return {
    ...pool,
    skillStart,
    skillEnd: skillStart.subarray(1),
    skills,
    occStart,
    occEnd: occStart.subarray(1),
    occ,
    indStart,
    indEnd: indStart.subarray(1),
    ind,
  };
}

function idsOf(keys: readonly string[], dict: ReadonlyMap<string, number>): Int32Array {
  return Int32Array.from(keys.flatMap((k) => {
    const id = dict.get(k);
    return id === undefined ? [] : [id];
  }));
}

/**
 * One candidate compiled against a shared dictionary (an openings pool's), so openings compiled
 * against that dictionary can score it. Skill keys the dictionary does not know get ids far past
 * it, which no opening marks: no opening asks for them.
 */
export function compileCandidateWith(candidate: Candidate, dict: ReadonlyMap<string, number>): CandidatePool {
  const base = compileCandidates([candidate]);
  const remap = [...base.dict.keys()].map((key, i) => dict.get(key) ?? 2 ** 30 + i);
  const ids = (list: Int32Array) => list.map((id) => remap[id] ?? -1);
  return { ...base, dict, skills: ids(base.skills), occ: ids(base.occ), ind: ids(base.ind) };
}

export function compileOpening(opening: Opening, pool: Pick<CandidatePool, "dict">): CompiledOpening {
  const { required, preferred } = openingRequirements(opening.requiredSkills, opening.preferredSkills);
  const remote = opening.remote === true;
  const offered = new Set(opening.accommodations);
  // A remote job is home work by definition, and at home she decides her own surroundings.
  if (remote) for (const code of [REMOTE_WORK_CODE, ...HOME_CONTROLLED_CODES]) offered.add(code);
  const [offeredLo, offeredHi] = needBits(offered);
  const slots = slotMask(opening.schedule);
  const occKeys = opening.occupation === undefined ? [] : haveKeysOf([opening.occupation]);
  const indKeys = opening.industry === undefined ? [] : haveKeysOf([opening.industry]);
  return {
    opening,
    hMin: Math.round(opening.weeklyHours.min * 2),
    hMax: Math.round(opening.weeklyHours.max * 2),
    slots,
    slotCount: popcount(slots),
    offeredLo,
    offeredHi,
    remote,
    distances: distanceTableFrom(opening.postalCode),
    skills: compileSkills(required, preferred, pool.dict),
    reqCount: required.length,
    prefCount: preferred.length,
    occIds: idsOf(occKeys, pool.dict),
    indIds: idsOf(indKeys, pool.dict),
    hasField: occKeys.length + indKeys.length > 0,
  };
}

/** Every concept key an opening compares on: a shared dictionary interns these (live-openings.ts). */
export function openingKeysOf(opening: Opening): string[] {
  const { required, preferred } = openingRequirements(opening.requiredSkills, opening.preferredSkills);
  return [...new Set([...skillKeysOf(required, preferred), ...haveKeysOf([opening.occupation ?? "", opening.industry ?? ""])])];
}
