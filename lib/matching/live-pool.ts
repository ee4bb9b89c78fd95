// A candidate pool that can be patched in place: the same struct-of-arrays the engine scores
// (CandidatePool), but candidates can be added, changed and removed one at a time, so a change
// to one profile costs microseconds instead of a rebuild of 140,000.
//
// Slots are append-only for the life of a pool: a candidate keeps its slot while it changes, a
// removed candidate's slot is marked free and only the same id can take it back. So a slot never
// names another person, even in a ranking computed before a change. Skill lists live in growable
// heaps; a changed list is appended and the old space becomes garbage (`garbage()` says how much,
// and the owner rebuilds the pool when it is worth it). `order` (live slots by id) is kept sorted
// with binary search and a memmove per insert or removal.
import type { Candidate } from "./schemas";
import type { CandidatePool } from "./compile";
import { compareIds, compileNeeds, slotMask } from "./compile";
import { POSTAL_CODES, postalIndex } from "./postal-codes";
import { haveKeysOf } from "./text/requirements";
import { ACCOMMODATION_CODES, SLOTS } from "./vocabulary";

type Growable = Int16Array | Int32Array | Uint8Array | Float64Array;

function grow<T extends Growable>(a: T, capacity: number): T {
  const next = new (a.constructor as new (n: number) => T)(capacity);
  next.set(a);
  return next;
}

function bitsToCodes(lo: number, hi: number): string[] {
  const out: string[] = [];
  ACCOMMODATION_CODES.forEach((code, k) => {
    if (k < 32 ? (lo >>> k) & 1 : (hi >>> (k - 32)) & 1) out.push(code);
  });
  return out;
}

export class LiveCandidatePool implements CandidatePool {
  size = 0;
  order = new Int32Array(0);
  readonly ids: string[] = [];
  /** Concept key → interned id (what the engine scores). */
  readonly dict = new Map<string, number>();
  /** Interned id → concept key (the reverse of dict). */
  readonly keys: string[] = [];
  /** The citizens' own texts, interned: explanations quote them. */
  private readonly texts: string[] = [];
  /** Concept ids of each interned text. */
  private readonly textConcepts: Int32Array[] = [];
  hMin = new Int16Array(0);
  hMax = new Int16Array(0);
  slots = new Int32Array(0);
  mustLo = new Int32Array(0);
  mustHi = new Int32Array(0);
  prefLo = new Int32Array(0);
  prefHi = new Int32Array(0);
  prefCount = new Uint8Array(0);
  postal = new Int32Array(0);
  maxKm = new Float64Array(0);
  skillStart = new Int32Array(0);
  skillEnd = new Int32Array(0);
  skills = new Int32Array(0);
  occStart = new Int32Array(0);
  occEnd = new Int32Array(0);
  occ = new Int32Array(0);
  indStart = new Int32Array(0);
  indEnd = new Int32Array(0);
  ind = new Int32Array(0);
  openToNew = new Uint8Array(0);
  hasWishes = new Uint8Array(0);
  /** 1 while the slot holds a live candidate. */
  alive = new Uint8Array(0);

  /** Per slot [rawStart, rawEnd) in `raw`: skill count, occupation count, then the text ids of skills, occupations, industries. */
  rawStart = new Int32Array(0);
  rawEnd = new Int32Array(0);
  private raw = new Int32Array(0);
  private rawUsed = 0;

  private slotById = new Map<string, number>();
  private rawIds = new Map<string, number>();
  private slotCount = 0;
  private heapUsed = { skills: 0, occ: 0, ind: 0 };
  private heapLive = 0;
  /** Postal codes the dataset does not know, by slot (the engine only has -1 for them). */
  private unknownPostal = new Map<number, string>();

  constructor(capacity = 1024) {
    this.reserve(capacity);
  }

  /** Slots in use, live or free (the length that per-slot data must cover). */
  get slotsUsed(): number {
    return this.slotCount;
  }

  slotOf(id: string): number {
    const slot = this.slotById.get(id);
    return slot !== undefined && this.alive[slot] === 1 ? slot : -1;
  }

  /** Share of slots and heap space that no live candidate uses (0–1). */
  garbage(): number {
    const heap = this.heapUsed.skills + this.heapUsed.occ + this.heapUsed.ind + this.rawUsed;
    const deadSlots = this.slotCount === 0 ? 0 : 1 - this.size / this.slotCount;
    const deadHeap = heap === 0 ? 0 : 1 - this.heapLive / heap;
    return Math.max(deadSlots, deadHeap);
  }

  /** Adds the candidate, or replaces the data of the candidate with the same id. Returns its slot. */
  upsert(c: Candidate): number {
    let slot = this.slotById.get(c.id);
    const isNew = slot === undefined || this.alive[slot] !== 1;
    if (slot === undefined) {
      slot = this.slotCount++;
      if (slot >= this.alive.length) this.reserve(Math.max(1024, this.alive.length * 2));
      this.slotById.set(c.id, slot);
      this.ids[slot] = c.id;
    } else if (!isNew) {
      this.heapLive -= this.listLength(slot);
    }
    this.write(slot, c);
    this.heapLive += this.listLength(slot);
    if (isNew) {
      this.alive[slot] = 1;
      this.insertInOrder(slot);
    }
    return slot;
  }

  /** Removes the candidate with this id; false when it was not in the pool. */
  remove(id: string): boolean {
    const slot = this.slotOf(id);
    if (slot < 0) return false;
    this.heapLive -= this.listLength(slot);
    this.alive[slot] = 0;
    this.unknownPostal.delete(slot);
    const at = this.rankOf(id);
    this.order.copyWithin(at, at + 1, this.size);
    this.size--;
    return true;
  }

  /** The candidate in a slot, rebuilt from the compiled arrays (skills as canonical keys). */
  candidateAt(slot: number): Candidate {
    if (this.alive[slot] !== 1) throw new RangeError(`candidate slot ${slot} is not live`);
    const from = this.rawStart[slot] ?? 0;
    const nSkills = this.raw[from] ?? 0;
    const nOcc = this.raw[from + 1] ?? 0;
    const texts = (a: number, b: number) => Array.from(this.raw.subarray(a, b), (k) => this.texts[k] ?? "");
    const skills = texts(from + 2, from + 2 + nSkills);
    const occupations = texts(from + 2 + nSkills, from + 2 + nSkills + nOcc);
    const industries = texts(from + 2 + nSkills + nOcc, this.rawEnd[slot] ?? 0);
    const mustCodes = bitsToCodes(this.mustLo[slot] ?? 0, this.mustHi[slot] ?? 0);
    const preferCodes = bitsToCodes(this.prefLo[slot] ?? 0, this.prefHi[slot] ?? 0);
    const slotBits = this.slots[slot] ?? 0;
    const maxKm = this.maxKm[slot] ?? Number.POSITIVE_INFINITY;
    const pi = this.postal[slot] ?? -1;
    return {
      id: this.ids[slot] ?? "",
      weeklyHours: { min: (this.hMin[slot] ?? 0) / 2, max: (this.hMax[slot] ?? 0) / 2 },
      availability: SLOTS.filter((_, bit) => (slotBits >>> bit) & 1),
      skills,
      wishes: {
        occupations,
        industries,
        openToNewField: this.openToNew[slot] === 1,
      },
      needs: [...mustCodes.map((code) => ({ code, level: "must" as const })), ...preferCodes.map((code) => ({ code, level: "prefer" as const }))],
      postalCode: pi >= 0 ? (POSTAL_CODES[pi] ?? "") : (this.unknownPostal.get(slot) ?? ""),
      ...(maxKm === Number.POSITIVE_INFINITY ? {} : { maxCommuteKm: maxKm }),
    };
  }

  private listLength(slot: number): number {
    return (
      (this.skillEnd[slot] ?? 0) - (this.skillStart[slot] ?? 0) + ((this.occEnd[slot] ?? 0) - (this.occStart[slot] ?? 0)) + ((this.indEnd[slot] ?? 0) - (this.indStart[slot] ?? 0)) + ((this.rawEnd[slot] ?? 0) - (this.rawStart[slot] ?? 0))
    );
  }

  /** The id of a citizen's text. Texts repeat across candidates, and understanding one is the costliest step of a build. */
  private internText(text: string): number {
    const known = this.rawIds.get(text);
    if (known !== undefined) return known;
    const id = this.texts.length;
    this.texts.push(text);
    this.textConcepts.push(Int32Array.from(haveKeysOf([text]), (key) => this.internKey(key)));
    this.rawIds.set(text, id);
    return id;
  }

  private internKey(key: string): number {
    let id = this.dict.get(key);
    if (id === undefined) {
      id = this.dict.size;
      this.dict.set(key, id);
      this.keys[id] = key;
    }
    return id;
  }

  private appendRaw(c: Candidate): [number, number] {
    const lists = [c.skills, c.wishes?.occupations ?? [], c.wishes?.industries ?? []].map((l) => l.map((t) => this.internText(t)));
    const ids = [lists[0]!.length, lists[1]!.length, ...lists.flat()];
    const from = this.rawUsed;
    if (from + ids.length > this.raw.length) this.raw = grow(this.raw, Math.max(1024, (from + ids.length) * 2));
    this.raw.set(ids, from);
    this.rawUsed = from + ids.length;
    return [from, from + ids.length];
  }

  private appendList(heap: "skills" | "occ" | "ind", words: readonly string[] | undefined): [number, number] {
    const ids = [...new Set((words ?? []).flatMap((w) => Array.from(this.textConcepts[this.internText(w)] ?? [])))];
    let arr = this[heap];
    const from = this.heapUsed[heap];
    if (from + ids.length > arr.length) arr = this[heap] = grow(arr, Math.max(1024, (from + ids.length) * 2));
    arr.set(ids, from);
    this.heapUsed[heap] = from + ids.length;
    return [from, from + ids.length];
  }

  private write(slot: number, c: Candidate): void {
    this.hMin[slot] = Math.round(c.weeklyHours.min * 2);
    this.hMax[slot] = Math.round(c.weeklyHours.max * 2);
    this.slots[slot] = slotMask(c.availability);
    const needs = compileNeeds(c);
    [this.mustLo[slot], this.mustHi[slot], this.prefLo[slot], this.prefHi[slot], this.prefCount[slot]] = [needs.mustLo, needs.mustHi, needs.prefLo, needs.prefHi, needs.prefCount];
    const pi = postalIndex(c.postalCode);
    this.postal[slot] = pi;
    if (pi < 0) this.unknownPostal.set(slot, c.postalCode);
    else this.unknownPostal.delete(slot);
    this.maxKm[slot] = c.maxCommuteKm ?? Number.POSITIVE_INFINITY;
    [this.rawStart[slot], this.rawEnd[slot]] = this.appendRaw(c);
    [this.skillStart[slot], this.skillEnd[slot]] = this.appendList("skills", c.skills);
    [this.occStart[slot], this.occEnd[slot]] = this.appendList("occ", c.wishes?.occupations);
    [this.indStart[slot], this.indEnd[slot]] = this.appendList("ind", c.wishes?.industries);
    this.openToNew[slot] = c.wishes?.openToNewField ? 1 : 0;
    const wishes = (this.occEnd[slot] ?? 0) - (this.occStart[slot] ?? 0) + ((this.indEnd[slot] ?? 0) - (this.indStart[slot] ?? 0));
    this.hasWishes[slot] = wishes > 0 ? 1 : 0;
  }

  /** Position in `order` where `id` is or would go (binary search on ids). */
  private rankOf(id: string): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareIds(this.ids[this.order[mid] ?? 0] ?? "", id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insertInOrder(slot: number): void {
    const id = this.ids[slot] ?? "";
    // New ids are usually the largest (time-ordered cuids, or a build in id order): append.
    const last = this.size > 0 ? (this.ids[this.order[this.size - 1] ?? 0] ?? "") : "";
    const at = this.size === 0 || compareIds(last, id) < 0 ? this.size : this.rankOf(id);
    if (this.size + 1 > this.order.length) this.order = grow(this.order, Math.max(1024, this.order.length * 2));
    this.order.copyWithin(at + 1, at, this.size);
    this.order[at] = slot;
    this.size++;
  }

  private reserve(capacity: number): void {
    const fields = [
      "hMin",
      "hMax",
      "slots",
      "mustLo",
      "mustHi",
      "prefLo",
      "prefHi",
      "prefCount",
      "postal",
      "maxKm",
      "skillStart",
      "skillEnd",
      "occStart",
      "occEnd",
      "indStart",
      "indEnd",
      "openToNew",
      "hasWishes",
      "rawStart",
      "rawEnd",
      "alive",
    ] as const;
    for (const f of fields) (this as Record<(typeof fields)[number], Growable>)[f] = grow(this[f], capacity);
  }
}
