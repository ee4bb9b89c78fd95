import { prisma } from "./client";
import type { Actor } from "./audit";
import { candidateCardSelect } from "./candidate-cards";
import { SEEKING_STATUSES, type CandidatePoolState } from "./candidate-pool";
import { freshPools } from "./pools";
import { LruCache } from "./ranking-cache";
import type { Prisma } from "./types";
import { openingRowSelect, toOpening, type OpeningRow } from "@/lib/matches/adapter";
import {
  compileOpening,
  distanceByIndex,
  explainPair,
  groupOfKey,
  postalIndex,
  rankKeysForOpening,
  slotOfKey,
  unlockAdvice,
  type CompiledOpening,
  type UnlockAdvice,
} from "@/lib/matching";
import { toCandidateCard, type CandidateCard } from "@/lib/privacy/candidate-card";
import { toEmployerFit, type DistanceView, type EmployerFit } from "@/lib/privacy/employer-fit";
import type { AreaLabel } from "@/lib/privacy/k-anonymity";

// Shared by the employer's candidate pages: the pool of visible candidates compiled for the
// engine (kept in memory and patched from the change feed, pools.ts), the k-anonymous area label
// of each, the cached ranking per opening, and the anonymized cards of just the page being shown
// (one query). Postal codes stay inside the pool: they feed the engine and the distance band and
// are never returned.

/** Candidates employers may see: the citizen made the card visible and is looking for work. */
export const visibleCandidate = {
  visibleToEmployers: true,
  status: { in: [...SEEKING_STATUSES] },
} as const satisfies Prisma.CitizenProfileWhereInput;

/** Scopes a query on openings to the actor's companies. */
export const ownOpening = (actor: Actor) => ({ employer: { members: { some: { userId: actor.id } } } }) as const;

/** Cards per page on every employer candidate list: ten, since twenty cost more to render than everything else on the request (bench:scale). */
export const PAGE_SIZE = 10;

/** One of the actor's openings as an engine row (any status), or null. */
export function ownOpeningRow(actor: Actor, openingId: string) {
  return prisma.jobOpening.findFirst({ where: { id: openingId, ...ownOpening(actor) }, select: { ...openingRowSelect, status: true, employerId: true } });
}

/** The employer-side pool: every visible candidate compiled, with area labels (candidate-pool.ts). */
export type Pool = CandidatePoolState;

/** The candidate pool, up to date with every change committed before the call. */
export async function loadPool(): Promise<Pool> {
  return (await freshPools()).candidates;
}

export type RankedOrder = {
  compiled: CompiledOpening;
  /** Every live slot, best first (the engine's order). */
  order: Int32Array;
  /** The first `eligible` of `order` are the eligible candidates. */
  eligible: number;
  /** The first `relevant` of them have a skill, the occupation or the industry in common with the opening. */
  relevant: number;
  advice: UnlockAdvice;
};

// Pages 2, 3… and the unlock section reuse one ranking per (opening data, pool version). An entry
// holds one int per candidate (0.56 MB at 140,000), so a few dozen openings fit in little memory.
const rankings = new LruCache<RankedOrder>(32);

/** The engine's full ranking of the pool for one opening, cached per opening data and pool version. */
export function rankedOrder(opening: OpeningRow, pool: Pool): RankedOrder {
  return rankings.getOrSet(`${pool.version}|${JSON.stringify(opening)}`, () => {
    const compiled = compileFor(opening, pool);
    const keys = rankKeysForOpening(compiled, pool.live);
    const order = new Int32Array(keys.length);
    let relevant = 0;
    for (let r = 0; r < keys.length; r++) {
      order[r] = slotOfKey(pool.live, keys[r] ?? 0);
      if (groupOfKey(keys[r] ?? 0) === 0) relevant++;
    }
    const advice = unlockAdvice(compiled, pool.live);
    return { compiled, order, eligible: advice.eligibleNow, relevant, advice };
  });
}

/** A card whose area is the k-anonymous label, not the municipality the projection put there. */
export type EmployerCard = CandidateCard & { readonly areaLabel: AreaLabel };

/**
 * Cards of the given visible candidates as `companyId` sees them (its own alias and reference),
 * keyed by the internal profile id, in one query.
 */
export async function loadCards(ids: readonly string[], pool: Pool, companyId: string): Promise<Map<string, EmployerCard>> {
  // Labels are read now, before the query: the pool may be patched while it runs.
  const areas = new Map(ids.map((id) => [id, pool.areas.label(pool.live.slotOf(id))]));
  if (ids.length === 0) return new Map();
  const rows = await prisma.citizenProfile.findMany({ where: { id: { in: [...ids] }, ...visibleCandidate }, select: candidateCardSelect });
  return new Map(
    rows.map((row) => {
      const card = toCandidateCard(row, companyId);
      const areaLabel = areas.get(row.id) ?? ({ level: "country" } as const);
      // The projection's municipality is replaced by the k-anonymous label; "" = the whole
      // country, which the page words in the reader's language.
      return [row.id, { ...card, area: areaLabel.level === "country" ? "" : areaLabel.name, areaLabel }];
    }),
  );
}

export function compileFor(opening: OpeningRow, pool: Pool): CompiledOpening {
  return compileOpening(toOpening(opening), pool.live);
}

/**
 * The employer's explanation of the candidate in `slot` for a compiled opening. Call it in the
 * same synchronous step as the ranking it explains (no await between), so no patch comes between.
 * The distance is shown only for a published opening and a candidate whose card names her
 * municipality (lib/privacy/employer-fit.ts).
 */
export function employerFitAt(o: CompiledOpening, pool: Pool, slot: number, openingStatus: string): { id: string; fit: EmployerFit } {
  const km = distanceByIndex(pool.live.postal[slot] ?? -1, postalIndex(o.opening.postalCode));
  const view: DistanceView = openingStatus !== "OPEN" ? "unpublished" : pool.areas.label(slot).level !== "municipality" ? "generalised" : "shown";
  return { id: pool.live.ids[slot] ?? "", fit: toEmployerFit(explainPair(o, pool.live, slot), Number.isNaN(km) ? null : km, view) };
}
