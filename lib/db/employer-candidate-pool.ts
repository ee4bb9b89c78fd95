import { prisma } from "./client";
import type { Actor } from "./audit";
import { candidateCardSelect } from "./candidate-cards";
import type { Prisma } from "./types";
import { candidateRowSelect, openingRowSelect, toCandidate, toOpening, type OpeningRow } from "@/lib/match-adapter";
import { compileCandidates, compileOpening, explainPair, postalDistanceKm, type CandidatePool, type CompiledOpening } from "@/lib/matching";
import { toCandidateCard, type CandidateCard } from "@/lib/privacy/candidate-card";
import { toEmployerFit, type EmployerFit } from "@/lib/privacy/employer-fit";
import { areaLabels, type AreaLabel } from "@/lib/privacy/k-anonymity";

// Shared by the employer's candidate pages: the pool of visible candidates compiled for the
// engine (one query, engine columns only), the k-anonymous area label of each, and the
// anonymized cards of just the page being shown (a second query). Postal codes stay inside this
// module: they feed the engine and the distance band and are never returned.

/** Candidates employers may see: the citizen made the card visible and is looking for work. */
export const visibleCandidate = {
  visibleToEmployers: true,
  status: { in: ["SEEKING", "EMPLOYED_WANTS_CHANGE"] },
} as const satisfies Prisma.CitizenProfileWhereInput;

/** Scopes a query on openings to the actor's companies. */
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
  /** Every visible candidate compiled for the engine (sorted by id; position = engine index). */
  compiled: CandidatePool;
  /** The database row behind each engine index. */
  rows: readonly PoolRow[];
  indexOf: ReadonlyMap<string, number>;
  /** Skill keys (canonical, synonyms resolved) by the engine's interned id, for the skills filter. */
  skillKeys: readonly string[];
  /** k-anonymous area of every visible candidate, computed over all of them (stable per query). */
  areas: ReadonlyMap<string, AreaLabel>;
};

async function buildPool(): Promise<Pool> {
  const [rows, municipalities] = await Promise.all([
    prisma.citizenProfile.findMany({ where: visibleCandidate, select: poolSelect }),
    prisma.municipality.findMany({ select: { id: true, name: true, region: true } }),
  ]);
  const byMunicipality = new Map(municipalities.map((m) => [m.id, m]));
  const compiled = compileCandidates(rows.map(toCandidate));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const skillKeys: string[] = [];
  for (const [key, id] of compiled.dict) skillKeys[id] = key;
  const areas = areaLabels(
    rows.map((r) => {
      const m = byMunicipality.get(r.municipalityId);
      const mustNeeds = r.needs.filter((n) => n.level === "MUST").map((n) => n.code);
      return { id: r.id, municipalityId: r.municipalityId, municipalityName: m?.name ?? "", region: m?.region ?? "", mustNeeds };
    }),
  );
  return {
    compiled,
    rows: compiled.candidates.map((c) => byId.get(c.id)!),
    indexOf: new Map(compiled.candidates.map((c, i) => [c.id, i])),
    skillKeys,
    areas,
  };
}

// Loading 10,000 rows with their arrays and compiling them costs a few hundred milliseconds, so
// the compiled pool is kept in memory and reused while a cheap fingerprint of everything it is
// built from is unchanged: the visible profiles (id, updatedAt, municipality), their needs, and
// the municipalities. Every Prisma update of a profile moves updatedAt; needs (which live in
// their own table) are hashed directly. Per process: each server instance holds its own copy.
let cached: { fingerprint: string; pool: Promise<Pool> } | null = null;

async function fingerprint(): Promise<string> {
  const [row] = await prisma.$queryRaw<{ f: string }[]>`
    SELECT concat_ws(':',
      count(*),
      coalesce(sum(hashtext(p.id || '|' || p."updatedAt"::text || '|' || p."municipalityId")), 0),
      (SELECT coalesce(sum(hashtext(n."profileId" || '|' || n.code || '|' || n.level::text)), 0)
         FROM "AccommodationNeed" n JOIN "CitizenProfile" v ON v.id = n."profileId"
        WHERE v."visibleToEmployers" AND v.status IN ('SEEKING', 'EMPLOYED_WANTS_CHANGE')),
      (SELECT coalesce(sum(hashtext(m.id || '|' || m.name || '|' || m.region)), 0) FROM "Municipality" m)
    ) AS f
    FROM "CitizenProfile" p
    WHERE p."visibleToEmployers" AND p.status IN ('SEEKING', 'EMPLOYED_WANTS_CHANGE')`;
  return row?.f ?? "";
}

/** Every visible candidate, compiled for the engine, with the area labels. Do not mutate it. */
export async function loadPool(): Promise<Pool> {
  const f = await fingerprint();
  if (!cached || cached.fingerprint !== f) {
    const pool = buildPool();
    const entry = { fingerprint: f, pool };
    cached = entry;
    // A failed load must not stay cached.
    pool.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return cached.pool;
}

/** A card whose area is the k-anonymous label, not the municipality the projection put there. */
export type EmployerCard = CandidateCard & { readonly areaLabel: AreaLabel };

/** Cards of the given visible candidates, by id, in one query. */
export async function loadCards(ids: readonly string[], areas: ReadonlyMap<string, AreaLabel>): Promise<Map<string, EmployerCard>> {
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

export function compileFor(opening: OpeningRow, pool: Pool): CompiledOpening {
  return compileOpening(toOpening(opening), pool.compiled);
}

/** The employer's explanation of pool member `index` for a compiled opening. */
export function employerFitAt(o: CompiledOpening, pool: Pool, index: number): { id: string; fit: EmployerFit } {
  const candidate = pool.compiled.candidates[index];
  if (!candidate) throw new RangeError(`candidate index ${index} out of range`);
  const km = postalDistanceKm(candidate.postalCode, o.opening.postalCode) ?? null;
  return { id: candidate.id, fit: toEmployerFit(explainPair(o, pool.compiled, index), km) };
}
