import { prisma } from "./client";
import type { Actor } from "./audit";
import type { Prisma } from "./types";
import type { OpeningPoolState } from "./opening-pool";
import { freshPools } from "./pools";
import { LruCache } from "./ranking-cache";
import { candidateRowSelect, openingRowSelect, toCandidate, toOpening, type CandidateRow } from "@/lib/matches/adapter";
import { BLOCK_COMMUTE, BLOCK_HOURS, compileCandidateWith, explainPair, groupOfKey, indexOfKey, rankOpeningKeys, rankOpeningsForCandidate, type Explanation } from "@/lib/matching";

// "Jobs for me": the citizen's own profile ranked against every open opening by the matching
// engine, in memory: the openings are compiled once per process and patched from the change feed
// (pools.ts), so a ranking is one pass over a few thousand compiled openings. The order is cached
// per (profile data, filters, openings version); explanations and rows are built for the page
// shown only.
export type JobFilters = {
  /** Free text matched case-insensitively against title, description, occupation and industry. */
  q?: string;
  /** Only openings whose hours overlap the citizen's. */
  hoursFit?: boolean;
  /** Only openings the citizen is eligible for (no blockers). */
  onlyFit?: boolean;
  /** Only openings within her commute (the consultant's chooser: a job she cannot reach is not proposed). */
  inReach?: boolean;
  /** Only openings of companies in this municipality (the consultant's chooser; the ids come separately). */
  municipalityId?: string;
};

export type Fit = Pick<Explanation, "eligible" | "score" | "components" | "reasons" | "blockers">;

function jobSelect(actor: Actor) {
  return {
    ...openingRowSelect,
    description: true,
    tasks: true,
    positions: true,
    status: true,
    publishedAt: true,
    employer: { select: { name: true, municipality: { select: { name: true } } } },
    // The citizen's own match with this opening, if any (at most one: unique openingId+citizenId).
    matches: { where: { citizen: { userId: actor.id } }, select: { id: true, status: true } },
  } as const satisfies Prisma.JobOpeningSelect;
}

type JobRow = Prisma.JobOpeningGetPayload<{ select: ReturnType<typeof jobSelect> }>;

export type CitizenJob = Omit<JobRow, "matches"> & { match: JobRow["matches"][number] | null };
export type RankedJob = { job: CitizenJob; fit: Fit };

function fitOf({ eligible, score, components, reasons, blockers }: Explanation): Fit {
  return { eligible, score, components, reasons, blockers };
}

function toJob({ matches, ...rest }: JobRow): CitizenJob {
  return { ...rest, match: matches[0] ?? null };
}

function ownCandidateRow(actor: Actor) {
  return prisma.citizenProfile.findUnique({ where: { userId: actor.id }, select: candidateRowSelect });
}

export type RankedJobsPage = { total: number; page: number; pages: number; items: RankedJob[] };

/** Positions (in the openings pool) of the matching openings, best first. */
const orders = new LruCache<Int32Array>(256);

function keepFor(filters: JobFilters, pool: OpeningPoolState, only?: ReadonlySet<string>): (position: number, blockers: number) => boolean {
  const q = filters.q?.trim().toLowerCase();
  const openings = pool.live.openings;
  return (position, blockers) => {
    if (only && !only.has(openings[position]?.opening.id ?? "")) return false;
    if (filters.onlyFit && blockers !== 0) return false;
    if (filters.hoursFit && (blockers & BLOCK_HOURS) !== 0) return false;
    if (filters.inReach && (blockers & BLOCK_COMMUTE) !== 0) return false;
    if (q && !(pool.text.get(openings[position]?.opening.id ?? "") ?? "").includes(q)) return false;
    return true;
  };
}

type Ranked = { row: CandidateRow; pool: OpeningPoolState; candidate: ReturnType<typeof compileCandidateWith> };

/** The citizen's row and the openings pool, with the citizen compiled against the pool's dictionary. */
async function rankingInputs(actor: Actor): Promise<Ranked | null> {
  const [row, pools] = await Promise.all([ownCandidateRow(actor), freshPools()]);
  if (!row) return null;
  const pool = pools.openings;
  return { row, pool, candidate: compileCandidateWith(toCandidate(row), pool.live.dict) };
}

/** The ranked open openings' order for a citizen's row, cached per (pool version, row, filters). */
function rankedOrder({ row, pool, candidate }: Ranked, filters: JobFilters, only?: ReadonlySet<string>): Int32Array {
  const key = `${pool.version}|${JSON.stringify(row)}|${JSON.stringify(filters)}`;
  return orders.getOrSet(key, () => Int32Array.from(rankOpeningKeys(candidate, 0, pool.live.openings, keepFor(filters, pool, only)), indexOfKey));
}

/**
 * One page of open openings ranked for a citizen's row that the caller has already read and
 * scoped (the consultant's job chooser): ids and fits, best first; the caller loads the rows.
 * With `filters.municipalityId`, only `only`'s openings (that municipality's open ones) count.
 */
export async function rankOpeningsForRow(row: CandidateRow, { filters = {}, only, page = 1, pageSize = 20 }: { filters?: JobFilters; only?: ReadonlySet<string>; page?: number; pageSize?: number }) {
  const { openings: pool } = await freshPools();
  // No await from here to the explanations: positions in the pool cannot move in between.
  const input = { row, pool, candidate: compileCandidateWith(toCandidate(row), pool.live.dict) };
  return explainPage(input, rankedOrder(input, filters, only), page, pageSize);
}

/** One page of `order` (positions in the pool), explained: call with no await since the ranking. */
function explainPage({ pool, candidate }: Ranked, order: Int32Array, page: number, pageSize: number) {
  const pages = Math.max(1, Math.ceil(order.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const shown = Array.from(order.subarray((current - 1) * pageSize, current * pageSize), (position) => {
    const o = pool.live.openings[position]!;
    return { id: o.opening.id, fit: fitOf(explainPair(o, candidate, 0)) };
  });
  return { total: order.length, page: current, pages, shown };
}

/** The rows of the shown openings, in one query, joined to their explanations (gone ones drop out). */
async function withRows(actor: Actor, pages: { total: number; page: number; pages: number; shown: { id: string; fit: Fit }[] }[]): Promise<RankedJobsPage[]> {
  const ids = pages.flatMap((p) => p.shown.map((s) => s.id));
  const rows = ids.length ? await prisma.jobOpening.findMany({ where: { id: { in: ids }, status: "OPEN" }, select: jobSelect(actor) }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return pages.map(({ shown, ...rest }) => ({
    ...rest,
    items: shown.flatMap(({ id, fit }) => {
      const job = byId.get(id);
      return job ? [{ job: toJob(job), fit }] : [];
    }),
  }));
}

/**
 * Open openings ranked for the acting citizen, eligible first (the engine's order): one page of
 * them with explanations, and how many there are. Null when the actor is not a citizen with a
 * profile (nothing to rank against).
 */
export async function rankJobsForCitizen(
  actor: Actor,
  { filters = {}, page = 1, pageSize = 20 }: { filters?: JobFilters; page?: number; pageSize?: number } = {},
): Promise<RankedJobsPage | null> {
  if (actor.role !== "CITIZEN") return null;
  const input = await rankingInputs(actor);
  if (!input) return null;
  // From here to the explanations there is no await, so no patch can move positions in between.
  const order = rankedOrder(input, filters);
  const [result] = await withRows(actor, [explainPage(input, order, page, pageSize)]);
  return result ?? null;
}

/** The openings she fits, best first, and how many of them (a prefix) have something in common with her. */
const fitting = new LruCache<{ order: Int32Array; relevant: number }>(256);

/**
 * "Job til mig": the open openings the citizen fits, split as the engine orders them: first those
 * with a skill, occupation or industry in common with her, then those that only fit her
 * conditions. One ranking and one query for both lists' first pages.
 */
export async function rankFittingJobsForCitizen(actor: Actor, { pageSize = 10 }: { pageSize?: number } = {}): Promise<{ relevant: RankedJobsPage; others: RankedJobsPage } | null> {
  if (actor.role !== "CITIZEN") return null;
  const input = await rankingInputs(actor);
  if (!input) return null;
  const { row, pool, candidate } = input;
  const { order, relevant } = fitting.getOrSet(`${pool.version}|${JSON.stringify(row)}`, () => {
    const keys = rankOpeningKeys(candidate, 0, pool.live.openings, (_, blockers) => blockers === 0);
    let n = 0;
    while (n < keys.length && groupOfKey(keys[n] ?? 0) === 0) n++;
    return { order: Int32Array.from(keys, indexOfKey), relevant: n };
  });
  const [first, rest] = await withRows(actor, [explainPage(input, order.subarray(0, relevant), 1, pageSize), explainPage(input, order.subarray(relevant), 1, pageSize)]);
  return first && rest ? { relevant: first, others: rest } : null;
}

/**
 * One opening for the acting citizen: an open one, or any opening the citizen already has a match
 * with (so a filled job still shows in their history). Drafts and other ids give null. `fit` is
 * null when the citizen has no profile yet.
 */
export async function getJobForCitizen(actor: Actor, openingId: string): Promise<{ job: CitizenJob; fit: Fit | null } | null> {
  if (actor.role !== "CITIZEN") return null;
  const [candidate, row] = await Promise.all([
    ownCandidateRow(actor),
    prisma.jobOpening.findFirst({
      where: {
        id: openingId,
        OR: [{ status: "OPEN" }, { status: { in: ["FILLED", "CLOSED"] }, matches: { some: { citizen: { userId: actor.id } } } }],
      },
      select: jobSelect(actor),
    }),
  ]);
  if (!row) return null;
  if (!candidate) return { job: toJob(row), fit: null };
  const [result] = rankOpeningsForCandidate(toCandidate(candidate), [toOpening(row)]);
  if (!result) throw new Error("the engine returned no result for one pair");
  return { job: toJob(row), fit: fitOf(result) };
}
