import { prisma } from "./client";
import { auditProfileReads, type Actor } from "./audit";
import { rankOpeningsForRow, type Fit } from "./citizen-jobs";
import { CITIZEN_INTEREST_NOTE } from "./citizen-matches";
import { isUniqueViolation } from "./errors";
import { emailAfterCommit, insertNotifications, type CreatedRow } from "./notifications";
import type { MatchStatus, Prisma } from "./types";
import { candidateRowSelect, openingRowSelect, type OpeningRow } from "@/lib/matches/adapter";
import { scoreSnapshot, type ScoreSnapshot } from "@/lib/matches/snapshot";

// The consultant proposes one open job to a citizen of her municipality. The match starts as
// SUGGESTED (origin CONSULTANT): the citizen is asked first, and the approval queue (PROPOSED,
// EMPLOYER_INTERESTED) sees it only after her yes. Her no makes it CITIZEN_DECLINED. Employers
// never see a SUGGESTED match (match-messages.ts EMPLOYER_SEES). A bundle of small jobs
// (bundles.ts) is suggested the same way, job by job, through insertSuggestion.

type ConsultantActor = Actor & { municipalityId: string | null };

const municipalityOf = (actor: ConsultantActor) => (actor.role === "CONSULTANT" && actor.municipalityId ? actor.municipalityId : null);

/** Jobs per page in the chooser. */
export const CHOOSER_PAGE_SIZE = 10;

/** The citizen a consultant proposes jobs to: her row for the engine and her name; audited (citizen.view). */
export async function getCitizenForProposal(actor: ConsultantActor, profileId: string) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return null;
  const row = await prisma.citizenProfile.findFirst({ where: { id: profileId, municipalityId }, select: { ...candidateRowSelect, municipalityId: true, user: { select: { name: true } } } });
  if (!row) return null;
  await auditProfileReads(actor, "citizen.view", [row.id]);
  const { user, ...candidate } = row;
  return { candidate, name: user.name };
}

type ProposalCitizen = NonNullable<Awaited<ReturnType<typeof getCitizenForProposal>>>["candidate"];

export type ChooserJob = { id: string; title: string; hoursMin: number; hoursMax: number; employer: { name: string }; match: { id: string; status: MatchStatus } | null; fit: Fit };

/**
 * The chooser: open jobs in her municipality's reach (companies of her municipality, the job
 * centre's own portfolio) and within her commute, ranked by the engine for her (eligible first),
 * one page, with free-text search over title, description, occupation and industry. Each job
 * says whether she already has a match with it.
 */
export async function listJobsToPropose(citizen: ProposalCitizen, { q = "", page = 1 }: { q?: string; page?: number } = {}) {
  const local = await prisma.jobOpening.findMany({ where: { status: "OPEN", employer: { municipalityId: citizen.municipalityId } }, select: { id: true } });
  const only = new Set(local.map((o) => o.id));
  const ranked = await rankOpeningsForRow(citizen, { filters: { q, inReach: true, municipalityId: citizen.municipalityId }, only, page, pageSize: CHOOSER_PAGE_SIZE });
  const ids = ranked.shown.map((s) => s.id);
  const rows = ids.length
    ? await prisma.jobOpening.findMany({
        where: { id: { in: ids }, status: "OPEN" },
        select: { id: true, title: true, hoursMin: true, hoursMax: true, employer: { select: { name: true } }, matches: { where: { citizenId: citizen.id }, select: { id: true, status: true } } },
      })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: ChooserJob[] = ranked.shown.flatMap(({ id, fit }) => {
    const row = byId.get(id);
    if (!row) return [];
    const { matches, ...job } = row;
    return [{ ...job, match: matches[0] ?? null, fit }];
  });
  return { total: ranked.total, page: ranked.page, pages: ranked.pages, items };
}

/** What a suggestion is made of: who asks, her profile and user, the open job, and the engine's snapshot. */
export type Suggestion = {
  actorId: string;
  citizen: { id: string; userId: string };
  opening: Pick<OpeningRow, "id" | "title">;
  snapshot: ScoreSnapshot;
  now: Date;
  /** On the SUGGESTED event, e.g. which jobs were suggested together. */
  note?: string;
};

/**
 * The one way a consultant's suggestion is made, for a single job and for each job of a bundle:
 * the match SUGGESTED (origin CONSULTANT) with the engine's snapshot, and the MATCH_STATUS
 * notification that asks her, in the caller's transaction. The caller has checked the job; the
 * rows are e-mailed after its commit (emailAfterCommit).
 */
export async function insertSuggestion(tx: Prisma.TransactionClient, s: Suggestion): Promise<{ matchId: string; rows: CreatedRow[] }> {
  const match = await tx.match.create({
    data: {
      openingId: s.opening.id,
      citizenId: s.citizen.id,
      status: "SUGGESTED",
      origin: "CONSULTANT",
      score: s.snapshot.score,
      scoreBreakdown: s.snapshot.breakdown as unknown as Prisma.InputJsonValue,
      createdAt: s.now,
      events: { create: { toStatus: "SUGGESTED", actorId: s.actorId, note: s.note ?? null, createdAt: s.now } },
    },
    select: { id: true },
  });
  const rows = await insertNotifications(tx, [
    { userId: s.citizen.userId, type: "MATCH_STATUS", matchId: match.id, openingId: s.opening.id, data: { openingTitle: s.opening.title, status: "SUGGESTED" } },
  ]);
  return { matchId: match.id, rows };
}

/**
 * Runs a transaction that makes suggestions, then e-mails what it notified after the commit. A
 * double submit can create a match between the transaction's read and its insert: the unique
 * (openingId, citizenId) rolls the attempt back whole, and a second try finds the match and
 * leaves it. Used by the single suggestion and the bundle alike.
 */
export async function commitSuggestions<R extends object>(transaction: (tx: Prisma.TransactionClient) => Promise<R & { rows?: CreatedRow[] }>): Promise<R> {
  const run = () => prisma.$transaction(transaction);
  let result: R & { rows?: CreatedRow[] };
  try {
    result = await run();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    result = await run();
  }
  const { rows, ...outcome } = result;
  if (rows) await emailAfterCommit(rows);
  return outcome as R;
}

export type ProposeJobResult =
  | { outcome: "proposed"; matchId: string }
  | { outcome: "exists"; matchId: string; status: MatchStatus }
  | { outcome: "closed" | "out_of_reach" | "not_found" };

/**
 * Proposes an open job to a citizen of the consultant's municipality: checks again that the job
 * is open, of a company in her municipality and within her commute, creates the SUGGESTED match with the engine's snapshot and asks
 * her through the outbox (a MATCH_STATUS notification in the same transaction). A job she
 * already has a match with is left as it is, so a double submit creates one match and one
 * notification.
 */
export async function proposeJob(actor: ConsultantActor, profileId: string, openingId: string, now: Date = new Date()): Promise<ProposeJobResult> {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return { outcome: "not_found" };
  const key = (citizenId: string) => ({ openingId_citizenId: { openingId, citizenId } });
  return commitSuggestions<ProposeJobResult>(async (tx) => {
    const citizen = await tx.citizenProfile.findFirst({ where: { id: profileId, municipalityId }, select: { ...candidateRowSelect, userId: true } });
    if (!citizen) return { outcome: "not_found" };
    const existing = await tx.match.findUnique({ where: key(citizen.id), select: { id: true, status: true } });
    if (existing) return { outcome: "exists", matchId: existing.id, status: existing.status };
    const opening = await tx.jobOpening.findFirst({ where: { id: openingId, status: "OPEN" }, select: { ...openingRowSelect, employer: { select: { municipalityId: true } } } });
    if (!opening) return { outcome: "closed" };
    const snapshot = scoreSnapshot(citizen, opening);
    // Her municipality's companies only, and within her commute: what the chooser offered.
    if (opening.employer.municipalityId !== municipalityId || snapshot.breakdown.blockers.some((b) => b.code === "commute")) return { outcome: "out_of_reach" };
    const { matchId, rows } = await insertSuggestion(tx, { actorId: actor.id, citizen, opening, snapshot, now });
    return { outcome: "proposed", matchId, rows };
  });
}

/**
 * The citizen's answer to a job her consultant proposed. Yes makes it PROPOSED, so it waits in
 * the approval queue, and tells her consultant (CITIZEN_INTEREST); no makes it CITIZEN_DECLINED
 * and tells the consultant who proposed it. Conditional on SUGGESTED and on her own match, so a
 * second click or another citizen's id changes nothing (not_found).
 */
export async function answerSuggestion(actor: Actor, matchId: string, interested: boolean, now: Date = new Date()): Promise<"ok" | "not_found"> {
  if (actor.role !== "CITIZEN") return "not_found";
  const toStatus: MatchStatus = interested ? "PROPOSED" : "CITIZEN_DECLINED";
  const rows = await prisma.$transaction(async (tx) => {
    const { count } = await tx.match.updateMany({ where: { id: matchId, status: "SUGGESTED", citizen: { userId: actor.id } }, data: { status: toStatus, updatedAt: now } });
    if (count === 0) return null;
    await tx.matchEvent.create({ data: { matchId, fromStatus: "SUGGESTED", toStatus, actorId: actor.id, note: interested ? CITIZEN_INTEREST_NOTE : null, createdAt: now } });
    const match = await tx.match.findUniqueOrThrow({
      where: { id: matchId },
      select: {
        opening: { select: { id: true, title: true } },
        citizen: { select: { alias: true, consultantId: true } },
        events: { where: { toStatus: "SUGGESTED" }, orderBy: { createdAt: "asc" }, take: 1, select: { actorId: true } },
      },
    });
    const proposer = match.events[0]?.actorId ?? null;
    const base = { matchId, openingId: match.opening.id };
    if (interested) {
      const to = match.citizen.consultantId ?? proposer;
      return to ? insertNotifications(tx, [{ ...base, userId: to, type: "CITIZEN_INTEREST", data: { openingTitle: match.opening.title, alias: match.citizen.alias } }]) : [];
    }
    const to = proposer ?? match.citizen.consultantId;
    return to ? insertNotifications(tx, [{ ...base, userId: to, type: "MATCH_STATUS", data: { openingTitle: match.opening.title, status: toStatus } }]) : [];
  });
  if (!rows) return "not_found";
  await emailAfterCommit(rows);
  return "ok";
}
