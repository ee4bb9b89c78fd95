import { prisma } from "./client";
import type { Actor } from "./audit";
import { commitSuggestions, insertSuggestion } from "./job-proposals";
import type { CreatedRow } from "./notifications";
import { freshPools } from "./pools";
import type { MatchStatus, Prisma } from "./types";
import { candidateRowSelect, openingRowSelect, toCandidate, toOpening, type CandidateRow } from "@/lib/matches/adapter";
import { scoreSnapshot } from "@/lib/matches/snapshot";
import { bestSingleJobHours, bundleProblem, bundlesForCandidate, compileCandidates, compileCandidateWith, compileOpening, type Bundle, type BundleProblem } from "@/lib/matching";

// "Combine small jobs": bundles of 2–3 open openings that together fit a citizen's hours
// (lib/matching/bundles.ts), for her consultant's file and for her own jobs page, and the
// consultant's one step that proposes a match for every job of a bundle. Bundles are searched in
// the process's compiled open-openings pool, as "jobs for me" is; rows are loaded for the shown
// bundles only. A proposed bundle is asked of the citizen first, job by job, exactly as a single
// job the consultant suggests (job-proposals.ts insertSuggestion).

type ConsultantActor = Actor & { municipalityId: string | null };

const municipalityOf = (actor: ConsultantActor) => (actor.role === "CONSULTANT" && actor.municipalityId ? actor.municipalityId : null);

/** How many bundles a page shows. */
export const SHOWN_BUNDLES = 3;

function jobSelect(citizen: Prisma.CitizenProfileWhereInput) {
  return {
    id: true,
    title: true,
    hoursMin: true,
    hoursMax: true,
    schedule: true,
    employer: { select: { name: true } },
    // The citizen's match with this opening, if any (at most one: unique openingId+citizenId).
    matches: { where: { citizen }, select: { id: true, status: true } },
  } as const satisfies Prisma.JobOpeningSelect;
}

type JobRow = Prisma.JobOpeningGetPayload<{ select: ReturnType<typeof jobSelect> }>;
export type BundleJob = Omit<JobRow, "matches"> & { hours: number; match: { id: string; status: MatchStatus } | null };
export type ShownBundle = Pick<Bundle, "hours" | "score" | "reasons"> & { jobs: BundleJob[] };

/** The bundles for a citizen in the pool, and the hours her best single job can give her. */
async function search(row: CandidateRow) {
  const { openings } = await freshPools();
  // No await from here on: positions in the pool cannot move under the search.
  const candidate = compileCandidateWith(toCandidate(row), openings.live.dict);
  return {
    bundles: bundlesForCandidate(candidate, openings.live.openings, { limit: SHOWN_BUNDLES }),
    single: bestSingleJobHours(candidate, 0, openings.live.openings),
  };
}

/** The shown bundles with their jobs' rows; a bundle with a job closed since the pool was read is left out. */
async function withJobs(bundles: Bundle[], citizen: Prisma.CitizenProfileWhereInput): Promise<ShownBundle[]> {
  const ids = [...new Set(bundles.flatMap((b) => b.openingIds))];
  if (ids.length === 0) return [];
  const rows = await prisma.jobOpening.findMany({ where: { id: { in: ids }, status: "OPEN" }, select: jobSelect(citizen) });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return bundles.flatMap(({ openingIds, openingHours, hours, score, reasons }) => {
    const jobs = openingIds.flatMap((id, k) => {
      const row = byId.get(id);
      if (!row) return [];
      const { matches, ...job } = row;
      return [{ ...job, hours: openingHours[k] ?? job.hoursMin, match: matches[0] ?? null }];
    });
    return jobs.length === openingIds.length ? [{ hours, score, reasons, jobs }] : [];
  });
}

/**
 * Bundles for a citizen's file, for a consultant of her municipality (else none). Takes the file
 * the page has already read, scoped and audited (getCitizenFile), so the view is audited once.
 */
export async function bundlesForCitizenFile(actor: ConsultantActor, citizen: CandidateRow & { municipalityId: string }): Promise<ShownBundle[]> {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId || citizen.municipalityId !== municipalityId) return [];
  const { bundles } = await search(citizen);
  return withJobs(bundles, { id: citizen.id, municipalityId });
}

/**
 * The acting citizen's bundles, or null when they would not help her: when her best single
 * eligible job can already give her as many hours as she can work (or she has no profile).
 */
export async function ownBundles(actor: Actor): Promise<ShownBundle[] | null> {
  if (actor.role !== "CITIZEN") return null;
  const row = await prisma.citizenProfile.findUnique({ where: { userId: actor.id }, select: candidateRowSelect });
  if (!row) return null;
  const { bundles, single } = await search(row);
  if (row.hoursMax <= single || bundles.length === 0) return null;
  return withJobs(bundles, { userId: actor.id });
}

export type ProposeResult =
  | { outcome: "proposed"; created: number; existing: number }
  | { outcome: "invalid"; problem: BundleProblem | "closed" }
  | { outcome: "not_found" };

/** Recorded on each match of a bundle, so the history says which jobs were proposed together. */
const bundleNote = (titles: string[]) => `Kombination: ${titles.join(" + ")}`;

/**
 * Suggests every opening of a bundle to the citizen, in one transaction, after checking the
 * bundle again against the rows as they are now: all open, each fitting her, hours and slots
 * together. Each job becomes a SUGGESTED match with a notification asking her (insertSuggestion,
 * the single suggestion's code path); her "Ja, jeg er interesseret" puts it in the approval
 * queue. A job that already has a match with her is left as it is, so a second submit creates
 * nothing. Not found for a citizen outside the consultant's municipality.
 */
export async function proposeBundle(actor: ConsultantActor, profileId: string, openingIds: string[], now: Date = new Date()): Promise<ProposeResult> {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return { outcome: "not_found" };
  return commitSuggestions<ProposeResult>(async (tx) => {
    const citizen = await tx.citizenProfile.findFirst({ where: { id: profileId, municipalityId }, select: { ...candidateRowSelect, userId: true } });
    if (!citizen) return { outcome: "not_found" };
    const rows = await tx.jobOpening.findMany({ where: { id: { in: openingIds }, status: "OPEN" }, select: openingRowSelect });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const openings = openingIds.flatMap((id) => byId.get(id) ?? []);
    if (openings.length !== openingIds.length) return { outcome: "invalid", problem: "closed" };
    const pool = compileCandidates([toCandidate(citizen)]);
    const problem = bundleProblem(pool, 0, openings.map((o) => compileOpening(toOpening(o), pool)));
    if (problem) return { outcome: "invalid", problem };

    const existing = await tx.match.findMany({ where: { citizenId: citizen.id, openingId: { in: openingIds } }, select: { openingId: true } });
    const taken = new Set(existing.map((m) => m.openingId));
    const note = bundleNote(openings.map((o) => o.title));
    const asked: CreatedRow[] = [];
    for (const opening of openings.filter((o) => !taken.has(o.id))) {
      const made = await insertSuggestion(tx, { actorId: actor.id, citizen, opening, snapshot: scoreSnapshot(citizen, opening), now, note });
      asked.push(...made.rows);
    }
    return { outcome: "proposed", created: openings.length - taken.size, existing: taken.size, rows: asked };
  });
}
