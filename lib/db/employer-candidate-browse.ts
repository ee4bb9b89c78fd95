import { auditProfileReads, type Actor } from "./audit";
import { compileFor, compilePool, employerFitAt, loadCards, loadPool, ownOpeningRow, PAGE_SIZE, type EmployerCard, type PoolRow } from "./employer-candidate-pool";
import { canonicalSkill, indexOfKey, rankKeysForOpening } from "@/lib/matching";
import type { EmployerFit } from "@/lib/privacy/employer-fit";
import { matchesArea, type AreaLabel } from "@/lib/privacy/k-anonymity";

// "Browse candidates" for employers without an opening (or before writing one): every visible
// candidate, filtered in memory on the engine rows, newest first, one page of cards. Choosing one
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

function hasSkill(row: PoolRow, wanted: readonly string[]): boolean {
  if (wanted.length === 0) return true;
  const keys = row.skills.map(canonicalSkill);
  // Part of a key counts too, so "rengøring" finds "erhvervsrengøring".
  return wanted.every((w) => keys.some((k) => k === w || k.includes(w)));
}

function filterRows(rows: readonly PoolRow[], areas: Map<string, AreaLabel>, f: BrowseFilters): PoolRow[] {
  const skills = (f.skills ?? []).map(canonicalSkill).filter(Boolean);
  const meet = new Set(f.needs ?? []);
  return rows.filter(
    (r) =>
      (f.hoursMin === undefined || r.hoursMax >= f.hoursMin) &&
      (f.hoursMax === undefined || r.hoursMin <= f.hoursMax) &&
      (meet.size === 0 || r.needs.every((n) => n.level !== "MUST" || meet.has(n.code))) &&
      (!f.area || matchesArea(areas.get(r.id), f.area)) &&
      hasSkill(r, skills),
  );
}

function areaOptions(areas: Map<string, AreaLabel>): AreaOption[] {
  const options = new Map<string, AreaOption>();
  for (const label of areas.values()) {
    if (label.level === "municipality") options.set(`m:${label.municipalityId}`, { value: `m:${label.municipalityId}`, label: label.name, kind: "municipality" });
    if (label.level !== "country" && label.region) options.set(`r:${label.region}`, { value: `r:${label.region}`, label: label.region, kind: "region" });
  }
  return [...options.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label, "da"));
}

/** One page of visible candidates matching the filters; null for anyone but an employer. */
export async function browseCandidatesForEmployer(actor: Actor, filters: BrowseFilters, { page = 1 }: { page?: number } = {}): Promise<BrowseResult | null> {
  if (actor.role !== "EMPLOYER") return null;
  const [{ rows, areas }, opening] = await Promise.all([loadPool(), filters.openingId ? ownOpeningRow(actor, filters.openingId) : Promise.resolve(null)]);
  const matching = filterRows(rows, areas, filters);
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const from = (current - 1) * PAGE_SIZE;

  let shown: { id: string; fit: EmployerFit | null }[];
  if (opening) {
    const compiled = compilePool(matching);
    const o = compileFor(opening, compiled);
    const keys = rankKeysForOpening(o, compiled.pool).subarray(from, from + PAGE_SIZE);
    shown = Array.from(keys, (key) => employerFitAt(o, compiled, indexOfKey(key)));
  } else {
    // Newest profiles first (ids are time-ordered cuids), without a score.
    const newest = [...matching].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    shown = newest.slice(from, from + PAGE_SIZE).map((r) => ({ id: r.id, fit: null }));
  }
  const cards = await loadCards(
    shown.map((s) => s.id),
    areas,
  );
  const items = shown.flatMap(({ id, fit }) => {
    const card = cards.get(id);
    return card ? [{ card, fit }] : [];
  });
  await auditProfileReads(actor, "candidate.list", items.map((i) => i.card.id));
  return {
    total: matching.length,
    page: current,
    pages,
    items,
    opening: opening ? { id: opening.id, title: opening.title } : null,
    areas: areaOptions(areas),
  };
}
