import { auditProfileReads, type Actor } from "./audit";
import { compileFor, employerFitAt, loadCards, loadPool, ownOpeningRow, PAGE_SIZE, type EmployerCard, type Pool } from "./employer-candidate-pool";
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

function skillKeysAt(pool: Pool, i: number): string[] {
  const { skillStart, skills } = pool.compiled;
  const keys: string[] = [];
  for (let k = skillStart[i] ?? 0; k < (skillStart[i + 1] ?? 0); k++) keys.push(pool.skillKeys[skills[k] ?? -1] ?? "");
  return keys;
}

/** Engine indices of the candidates that pass the filters, in engine (id) order. */
function filterIndices(pool: Pool, f: BrowseFilters): number[] {
  const wanted = (f.skills ?? []).map(canonicalSkill).filter(Boolean);
  const meet = new Set(f.needs ?? []);
  const out: number[] = [];
  pool.rows.forEach((r, i) => {
    if (f.hoursMin !== undefined && r.hoursMax < f.hoursMin) return;
    if (f.hoursMax !== undefined && r.hoursMin > f.hoursMax) return;
    if (meet.size > 0 && !r.needs.every((n) => n.level !== "MUST" || meet.has(n.code))) return;
    if (f.area && !matchesArea(pool.areas.get(r.id), f.area)) return;
    if (wanted.length > 0) {
      const keys = skillKeysAt(pool, i);
      // Part of a key counts too, so "rengøring" finds "erhvervsrengøring".
      if (!wanted.every((w) => keys.some((k) => k.includes(w)))) return;
    }
    out.push(i);
  });
  return out;
}

function areaOptions(areas: ReadonlyMap<string, AreaLabel>): AreaOption[] {
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
  const [pool, opening] = await Promise.all([loadPool(), filters.openingId ? ownOpeningRow(actor, filters.openingId) : Promise.resolve(null)]);
  const matching = filterIndices(pool, filters);
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const from = (current - 1) * PAGE_SIZE;

  let shown: { id: string; fit: EmployerFit | null }[];
  if (opening) {
    // Rank the whole pool (milliseconds) and keep the filtered ones, in the engine's order.
    const o = compileFor(opening, pool);
    const keep = new Uint8Array(pool.compiled.size);
    for (const i of matching) keep[i] = 1;
    const ranked = Array.from(rankKeysForOpening(o, pool.compiled), indexOfKey).filter((i) => keep[i] === 1);
    shown = ranked.slice(from, from + PAGE_SIZE).map((i) => employerFitAt(o, pool, i));
  } else {
    // Newest profiles first (ids are time-ordered cuids; engine order is by id), without a score.
    shown = matching
      .slice()
      .reverse()
      .slice(from, from + PAGE_SIZE)
      .map((i) => ({ id: pool.rows[i]!.id, fit: null }));
  }
  const cards = await loadCards(
    shown.map((s) => s.id),
    pool.areas,
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
    areas: areaOptions(pool.areas),
  };
}
