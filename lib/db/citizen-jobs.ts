import { prisma } from "./client";
import type { Actor } from "./audit";
import type { Prisma } from "./types";
import { candidateRowSelect, openingRowSelect, toCandidate, toOpening } from "@/lib/match-adapter";
import { rankOpeningsForCandidate, type Explanation } from "@/lib/matching";

// "Jobs for me": the citizen's own profile ranked against open openings by the matching engine.
// All open openings are loaded and ranked in memory: the engine scores millions of pairs per
// second (docs/matching.md), so one citizen against a few thousand openings costs milliseconds.
// Explanation texts are built for every returned opening, which is the bulk of the work; the
// pages show at most a page of them, but the "all jobs" list needs the count and order of all.

export type JobFilters = {
  /** Free text matched case-insensitively against title, description, occupation and industry. */
  q?: string;
  /** Only openings whose hours overlap the citizen's. */
  hoursFit?: boolean;
  /** Only openings the citizen is eligible for (no blockers). */
  onlyFit?: boolean;
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

function textFilter(q: string | undefined): Prisma.JobOpeningWhereInput {
  const text = q?.trim();
  if (!text) return {};
  const contains = { contains: text, mode: "insensitive" as const };
  return { OR: [{ title: contains }, { description: contains }, { occupation: contains }, { industry: contains }] };
}

/**
 * Open openings ranked for the acting citizen, eligible first (the engine's order), each with its
 * explanation. Null when the actor is not a citizen with a profile (nothing to rank against).
 */
export async function rankJobsForCitizen(actor: Actor, { filters = {} }: { filters?: JobFilters } = {}): Promise<RankedJob[] | null> {
  if (actor.role !== "CITIZEN") return null;
  const [candidate, rows] = await Promise.all([
    ownCandidateRow(actor),
    prisma.jobOpening.findMany({ where: { status: "OPEN", ...textFilter(filters.q) }, select: jobSelect(actor) }),
  ]);
  if (!candidate) return null;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ranked = rankOpeningsForCandidate(toCandidate(candidate), rows.map(toOpening));
  return ranked.flatMap((result) => {
    const row = byId.get(result.openingId);
    const fit = fitOf(result);
    if (!row) return [];
    if (filters.onlyFit && !fit.eligible) return [];
    if (filters.hoursFit && fit.blockers.some((b) => b.code === "hours")) return [];
    return [{ job: toJob(row), fit }];
  });
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
