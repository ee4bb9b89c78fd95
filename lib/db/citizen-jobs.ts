import { prisma } from "./client";
import type { Actor } from "./audit";
import type { Prisma } from "./types";
import type { OpeningPoolState } from "./opening-pool";
import { freshPools } from "./pools";
import { LruCache } from "./ranking-cache";
import { candidateRowSelect, openingRowSelect, toCandidate, toOpening } from "@/lib/match-adapter";
import { BLOCK_HOURS, compileCandidateWith, explainPair, indexOfKey, rankOpeningKeys, rankOpeningsForCandidate, type Explanation } from "@/lib/matching";

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
  /** Only openings with (true) or without (false) a skill, occupation or industry in common with her. */
  relevant?: boolean;
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

function keepFor(filters: JobFilters, pool: OpeningPoolState): (position: number, blockers: number, relevant: boolean) => boolean {
  const q = filters.q?.trim().toLowerCase();
  const openings = pool.live.openings;
  return (position, blockers, relevant) => {
    if (filters.onlyFit && blockers !== 0) return false;
    if (filters.relevant !== undefined && relevant !== filters.relevant) return false;
    if (filters.hoursFit && (blockers & BLOCK_HOURS) !== 0) return false;
    if (q && !(pool.text.get(openings[position]?.opening.id ?? "") ?? "").includes(q)) return false;
    return true;
  };
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
  const [row, pools] = await Promise.all([ownCandidateRow(actor), freshPools()]);
  if (!row) return null;
  const pool = pools.openings;
  // From here to the explanations there is no await, so no patch can move positions in between.
  const candidate = compileCandidateWith(toCandidate(row), pool.live.dict);
  const key = `${pool.version}|${JSON.stringify(row)}|${JSON.stringify(filters)}`;
  const order = orders.getOrSet(key, () => Int32Array.from(rankOpeningKeys(candidate, 0, pool.live.openings, keepFor(filters, pool)), indexOfKey));
  const pages = Math.max(1, Math.ceil(order.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const shown = Array.from(order.subarray((current - 1) * pageSize, current * pageSize), (position) => {
    const o = pool.live.openings[position]!;
    return { id: o.opening.id, fit: fitOf(explainPair(o, candidate, 0)) };
  });
  const rows = await prisma.jobOpening.findMany({ where: { id: { in: shown.map((s) => s.id) }, status: "OPEN" }, select: jobSelect(actor) });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = shown.flatMap(({ id, fit }) => {
    const job = byId.get(id);
    return job ? [{ job: toJob(job), fit }] : [];
  });
  return { total: order.length, page: current, pages, items };
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
