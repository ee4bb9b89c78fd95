import { auditProfileReads, type Actor } from "./audit";
import { pseudonymCompany } from "./employer-scope";
import { employerFitAt, loadCards, loadPool, ownOpeningRow, PAGE_SIZE, rankedOrder, type EmployerCard, type Pool } from "./employer-candidate-pool";
import { LruCache } from "./ranking-cache";
import { normalizeSkill, requirementOf } from "@/lib/matching";
import { needBits } from "@/lib/matching/compile";
import type { EmployerFit } from "@/lib/privacy/employer-fit";
import type { AreaLabel } from "@/lib/privacy/k-anonymity";

// "Browse candidates" for employers without an opening (or before writing one): every visible
// candidate, filtered in memory on the compiled pool, newest first, one page of cards. Choosing one
// of the actor's openings ranks the filtered candidates for it instead.

export type BrowseFilters = {
  /** The hours the company can offer: candidates whose weekly range overlaps them. */
  hoursMin?: number;
  hoursMax?: number;
  /** Free-text skills; a candidate must have every one (compared as skill keys, synonyms included). */
  skills?: string[];
  /** Accommodations the company can offer: only candidates whose MUST needs are all among them. Empty = no filter. */
  needs?: string[];
  /** "m:<municipalityId>" or "r:<region>", matched against the k-anonymous area label. */
  area?: string;
  openingId?: string;
};

export type AreaOption = { value: string; label: string; kind: "municipality" | "region" };

export type BrowseResult = {
  total: number;
  page: number;
  pages: number;
  items: { card: EmployerCard; fit: EmployerFit | null }[];
  opening: { id: string; title: string } | null;
  /** Areas that can be chosen: only those some card actually shows, so none is empty. */
  areas: AreaOption[];
};

/** Marks, per wanted skill, the interned ids whose key contains it ("rengøring" finds "erhvervsrengøring"). */
/**
 * One mark per wanted skill over the pool's concepts: what the text means in full (its taxonomy
 * groups and words, as the matcher reads it) and, so a half-typed word still finds something,
 * every plain word concept that contains its key.
 */
function skillMarks(pool: Pool, wanted: readonly string[]): Uint8Array[] {
  const keys = pool.live.keys;
  return wanted.map((text) => {
    const full = new Set(requirementOf(text).full);
    const typed = normalizeSkill(text);
    const mark = new Uint8Array(keys.length);
    keys.forEach((k, id) => {
      if (full.has(k) || (typed !== "" && k.startsWith("w:") && k.includes(typed))) mark[id] = 1;
    });
    return mark;
  });
}

// The filtered slots per (pool version, filters), so pages 2, 3… of a search do not filter again.
const filtered = new LruCache<Int32Array>(64);
// The area choices per pool version (they walk every (municipality, needs) group).
const areaChoices = new LruCache<AreaOption[]>(4);

/** Slots of the candidates that pass the filters, in id order. */
function filterSlots(pool: Pool, f: BrowseFilters): Int32Array {
  return filtered.getOrSet(`${pool.version}|${JSON.stringify(f)}`, () => Int32Array.from(filterSlotsNow(pool, f)));
}

function filterSlotsNow(pool: Pool, f: BrowseFilters): number[] {
  const live = pool.live;
  const marks = skillMarks(pool, (f.skills ?? []).filter((s) => normalizeSkill(s) !== ""));
  const [meetLo, meetHi] = needBits(f.needs ?? []);
  const filterNeeds = (f.needs ?? []).length > 0;
  const minHalf = f.hoursMin === undefined ? undefined : f.hoursMin * 2;
  const maxHalf = f.hoursMax === undefined ? undefined : f.hoursMax * 2;
  const inArea = f.area ? pool.areas.matcher(f.area) : null;
  const out: number[] = [];
  for (let r = 0; r < live.size; r++) {
    const i = live.order[r] ?? 0;
    if (minHalf !== undefined && (live.hMax[i] ?? 0) < minHalf) continue;
    if (maxHalf !== undefined && (live.hMin[i] ?? 0) > maxHalf) continue;
    if (filterNeeds && (((live.mustLo[i] ?? 0) & ~meetLo) !== 0 || ((live.mustHi[i] ?? 0) & ~meetHi) !== 0)) continue;
    if (inArea && !inArea(i)) continue;
    if (marks.length > 0) {
      const from = live.skillStart[i] ?? 0;
      const to = live.skillEnd[i] ?? 0;
      let all = true;
      for (const mark of marks) {
        let any = false;
        for (let k = from; k < to && !any; k++) any = mark[live.skills[k] ?? 0] === 1;
        if (!any) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    out.push(i);
  }
  return out;
}

function areaOptions(labels: readonly AreaLabel[]): AreaOption[] {
  const options = new Map<string, AreaOption>();
  for (const label of labels) {
    if (label.level === "municipality") options.set(`m:${label.municipalityId}`, { value: `m:${label.municipalityId}`, label: label.name, kind: "municipality" });
    if (label.level !== "country" && label.region) options.set(`r:${label.region}`, { value: `r:${label.region}`, label: label.region, kind: "region" });
  }
  return [...options.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label, "da"));
}

/** One page of visible candidates matching the filters; null for anyone but an employer. */
export async function browseCandidatesForEmployer(actor: Actor, filters: BrowseFilters, { page = 1 }: { page?: number } = {}): Promise<BrowseResult | null> {
  if (actor.role !== "EMPLOYER") return null;
  const [pool, opening] = await Promise.all([loadPool(), filters.openingId ? ownOpeningRow(actor, filters.openingId) : Promise.resolve(null)]);
  const matching = filterSlots(pool, filters);
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const from = (current - 1) * PAGE_SIZE;

  let shown: { id: string; fit: EmployerFit | null }[];
  if (opening) {
    // The opening's cached ranking of the whole pool, keeping the filtered ones in the engine's order.
    const { compiled: o, order } = rankedOrder(opening, pool);
    const keep = new Uint8Array(pool.live.slotsUsed);
    for (const i of matching) keep[i] = 1;
    const page: number[] = [];
    let seen = 0;
    for (let r = 0; r < order.length && page.length < PAGE_SIZE; r++) {
      const slot = order[r] ?? 0;
      if (keep[slot] !== 1) continue;
      if (seen++ >= from) page.push(slot);
    }
    shown = page.map((i) => employerFitAt(o, pool, i, opening.status));
  } else {
    // Newest profiles first (ids are time-ordered cuids; engine order is by id), without a score.
    const end = matching.length - from;
    shown = Array.from(matching.subarray(Math.max(0, end - PAGE_SIZE), Math.max(0, end)))
      .reverse()
      .map((i) => ({ id: pool.live.ids[i] ?? "", fit: null }));
  }
  const options = areaChoices.getOrSet(String(pool.version), () => areaOptions(pool.areas.shownLabels()));
  const company = await pseudonymCompany(actor, opening?.employerId);
  const cards = company ? await loadCards(shown.map((s) => s.id), pool, company) : new Map<string, EmployerCard>();
  const items = shown.flatMap(({ id, fit }) => {
    const card = cards.get(id);
    return card ? [{ card, fit }] : [];
  });
  // Audited by the internal ids of the cards shown (the cards carry the company's references).
  await auditProfileReads(actor, "candidate.list", shown.filter((s) => cards.has(s.id)).map((s) => s.id));
  return {
    total: matching.length,
    page: current,
    pages,
    items,
    opening: opening ? { id: opening.id, title: opening.title } : null,
    areas: options,
  };
}
