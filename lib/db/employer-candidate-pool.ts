import { prisma } from "./client";
import type { Actor } from "./audit";
import { candidateCardSelect } from "./candidate-cards";
import type { Prisma } from "./types";
import { candidateRowSelect, openingRowSelect, toCandidate, toOpening, type OpeningRow } from "@/lib/match-adapter";
import { compileCandidates, compileOpening, explainPair, postalDistanceKm, type CandidatePool, type CompiledOpening } from "@/lib/matching";
import { toCandidateCard, type CandidateCard } from "@/lib/privacy/candidate-card";
import { toEmployerFit, type EmployerFit } from "@/lib/privacy/employer-fit";
import { areaLabels, type AreaLabel } from "@/lib/privacy/k-anonymity";

// Shared by the employer's candidate pages: the pool of visible candidates as engine rows (one
// query, engine columns only), the k-anonymous area label of each, and the anonymized cards of
// just the page being shown (a second query). Postal codes stay inside this module: they feed
// the engine and the distance band and are never returned.

/** Candidates employers may see: the citizen made the card visible and is looking for work. */
export const visibleCandidate = {
  visibleToEmployers: true,
  status: { in: ["SEEKING", "EMPLOYED_WANTS_CHANGE"] },
} as const satisfies Prisma.CitizenProfileWhereInput;

/** Scopes a query on openings (or matches through `opening`) to the actor's companies. */
export const ownOpening = (actor: Actor) => ({ employer: { members: { some: { userId: actor.id } } } }) as const;

/** Cards per page on every employer candidate list. */
export const PAGE_SIZE = 20;

/** One of the actor's openings as an engine row (any status), or null. */
export function ownOpeningRow(actor: Actor, openingId: string) {
  return prisma.jobOpening.findFirst({ where: { id: openingId, ...ownOpening(actor) }, select: { ...openingRowSelect, status: true } });
}

const poolSelect = { ...candidateRowSelect, municipalityId: true } as const satisfies Prisma.CitizenProfileSelect;
export type PoolRow = Prisma.CitizenProfileGetPayload<{ select: typeof poolSelect }>;

export type Pool = {
  rows: PoolRow[];
  /** k-anonymous area of every visible candidate, computed over all of them (stable per query). */
  areas: Map<string, AreaLabel>;
};

async function municipalityMap() {
  const all = await prisma.municipality.findMany({ select: { id: true, name: true, region: true } });
  return new Map(all.map((m) => [m.id, m]));
}

function labelsFor(rows: readonly { id: string; municipalityId: string; needs: readonly { code: string; level: string }[] }[], municipalities: Awaited<ReturnType<typeof municipalityMap>>) {
  return areaLabels(
    rows.map((r) => {
      const m = municipalities.get(r.municipalityId);
      return {
        id: r.id,
        municipalityId: r.municipalityId,
        municipalityName: m?.name ?? "",
        region: m?.region ?? "",
        mustNeeds: r.needs.filter((n) => n.level === "MUST").map((n) => n.code),
      };
    }),
  );
}

/** Every visible candidate as an engine row, with the area labels. */
export async function loadPool(): Promise<Pool> {
  const [rows, municipalities] = await Promise.all([
    prisma.citizenProfile.findMany({ where: visibleCandidate, select: poolSelect }),
    municipalityMap(),
  ]);
  return { rows, areas: labelsFor(rows, municipalities) };
}

/** The area labels alone (for one card's detail), from the lightest select that decides them. */
export async function loadAreaLabels(): Promise<Map<string, AreaLabel>> {
  const [rows, municipalities] = await Promise.all([
    prisma.citizenProfile.findMany({
      where: visibleCandidate,
      select: { id: true, municipalityId: true, needs: { where: { level: "MUST" }, select: { code: true, level: true } } },
    }),
    municipalityMap(),
  ]);
  return labelsFor(rows, municipalities);
}

/** A card whose area is the k-anonymous label, not the municipality the projection put there. */
export type EmployerCard = CandidateCard & { readonly areaLabel: AreaLabel };

/** Cards of the given visible candidates, by id, in one query. */
export async function loadCards(ids: readonly string[], areas: Map<string, AreaLabel>): Promise<Map<string, EmployerCard>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.citizenProfile.findMany({ where: { id: { in: [...ids] }, ...visibleCandidate }, select: candidateCardSelect });
  return new Map(
    rows.map((row) => {
      const card = toCandidateCard(row);
      const areaLabel = areas.get(row.id) ?? ({ level: "country" } as const);
      // The projection's municipality is replaced by the k-anonymous label; "" = the whole
      // country, which the page words in the reader's language.
      return [row.id, { ...card, area: areaLabel.level === "country" ? "" : areaLabel.name, areaLabel }];
    }),
  );
}

export type CompiledPool = { pool: CandidatePool; rows: Map<string, PoolRow> };

export function compilePool(rows: readonly PoolRow[]): CompiledPool {
  return { pool: compileCandidates(rows.map(toCandidate)), rows: new Map(rows.map((r) => [r.id, r])) };
}

export function compileFor(opening: OpeningRow, compiled: CompiledPool): CompiledOpening {
  return compileOpening(toOpening(opening), compiled.pool);
}

/** The employer's explanation of pool member `index` for a compiled opening. */
export function employerFitAt(o: CompiledOpening, compiled: CompiledPool, index: number): { id: string; fit: EmployerFit } {
  const candidate = compiled.pool.candidates[index];
  if (!candidate) throw new RangeError(`candidate index ${index} out of range`);
  const km = postalDistanceKm(candidate.postalCode, o.opening.postalCode) ?? null;
  return { id: candidate.id, fit: toEmployerFit(explainPair(o, compiled.pool, index), km) };
}
