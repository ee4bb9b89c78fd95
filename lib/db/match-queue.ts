import { prisma } from "./client";
import { companyAlias } from "@/lib/privacy/pseudonyms";
import { pageWindow } from "./paging";
import { auditProfileReads, type Actor } from "./audit";
import { emailAfterCommit, insertNotifications, type CreatedRow, type NotificationInput } from "./notifications";
import { Prisma } from "@/generated/prisma/client";
import type { MatchOrigin, MatchStatus } from "./types";
import type { Explanation } from "@/lib/matching";
import { decisionSchema, type DecisionInput } from "@/lib/validation/match";

// The consultant's approval queue: employer contact requests and citizen interests waiting for a
// decision in the consultant's municipality. Decisions are conditional updates on the status, so
// when two consultants act on the same match at once exactly one wins.

export type ConsultantActor = Actor & { municipalityId: string | null };

/** Statuses that wait for a consultant's decision. */
export const QUEUED: MatchStatus[] = ["PROPOSED", "EMPLOYER_INTERESTED"];

const DECIDED: MatchStatus[] = ["APPROVED", "REJECTED"];

// Callers check first that the consultant has a municipality, so this never widens to "any".
const inMunicipality = (municipalityId: string) => ({ municipalityId });

const queueSelect = {
  id: true,
  status: true,
  origin: true,
  contactRequest: true,
  score: true,
  scoreBreakdown: true,
  decisionNote: true,
  employerNoteOnConsent: true,
  createdAt: true,
  updatedAt: true,
  opening: { select: { id: true, title: true, employer: { select: { id: true, name: true } } } },
  citizen: { select: { id: true, alias: true, user: { select: { name: true } } } },
} as const;

/** The stored explanation, if it has the engine's shape (older rows may have none). */
function toExplanation(json: unknown): Explanation | null {
  if (typeof json !== "object" || json === null) return null;
  const e = json as Partial<Explanation>;
  if (typeof e.eligible !== "boolean" || !Array.isArray(e.reasons) || !Array.isArray(e.blockers)) return null;
  return json as Explanation;
}

type Row = { scoreBreakdown: unknown; citizen: { id: string; alias: string }; opening: { employer: { id: string } } };

/** Audits the read; the alias shown is the one the match's company knows her by (lib/privacy/pseudonyms.ts). */
async function audited<T extends Row>(actor: ConsultantActor, rows: T[]) {
  await auditProfileReads(actor, "match.queue", [...new Set(rows.map((r) => r.citizen.id))]);
  return rows.map(({ scoreBreakdown, ...r }) => ({
    ...r,
    citizen: { ...r.citizen, alias: companyAlias(r.opening.employer.id, r.citizen.id) },
    explanation: toExplanation(scoreBreakdown),
  }));
}

/** Matches per queue page. */
export const QUEUE_PAGE_SIZE = 20;

type QueueRow = {
  id: string; status: MatchStatus; origin: MatchOrigin; contactRequest: string | null; score: number | null; scoreBreakdown: unknown;
  decisionNote: string | null; employerNoteOnConsent: string | null; createdAt: Date; updatedAt: Date; openingId: string; title: string; employerId: string; employerName: string;
  citizenId: string; alias: string; name: string;
};

/**
 * One page of the matches waiting for a decision whose citizen belongs to the consultant's
 * municipality, oldest first, with how many wait in all. With `decidedSince`, matches this
 * consultant decided since then are included in their place, so a card stays put (with its
 * confirmation) after the decision. Two SQL queries: the counts, and the page cut first and then
 * joined to its opening, company and citizen (Prisma's relation loading cost 8 round trips and
 * 27 ms of CPU per view, most of it turning the stored explanations into objects).
 */
export async function listQueue(actor: ConsultantActor, { decidedSince, page = 1 }: { decidedSince?: Date; page?: number } = {}) {
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return { items: [], waiting: 0, page: 1, pages: 1 };
  // The tenant key on Match (kept by triggers, ADR 011): the municipality's matches through one
  // index, not every match in the country joined to its citizen.
  const recent = decidedSince
    ? Prisma.sql`OR (m."status" = ANY(${DECIDED}::"MatchStatus"[]) AND m."decidedById" = ${actor.id} AND EXISTS (
        SELECT 1 FROM "MatchEvent" ev WHERE ev."matchId" = m."id" AND ev."actorId" = ${actor.id}
          AND ev."toStatus" = ANY(${DECIDED}::"MatchStatus"[]) AND ev."createdAt" >= ${decidedSince}))`
    : Prisma.empty;
  const where = Prisma.sql`m."municipalityId" = ${actor.municipalityId} AND (m."status" = ANY(${QUEUED}::"MatchStatus"[]) ${recent})`;
  const [counts] = await prisma.$queryRaw<[{ total: number; waiting: number }]>`
    SELECT count(*)::int AS "total", (count(*) FILTER (WHERE m."status" = ANY(${QUEUED}::"MatchStatus"[])))::int AS "waiting" FROM "Match" m WHERE ${where}`;
  const { page: current, pages, offset } = pageWindow(counts.total, QUEUE_PAGE_SIZE, page);
  const rows = counts.total === 0 ? [] : await prisma.$queryRaw<QueueRow[]>`
    SELECT p.*, o."title", e."id" AS "employerId", e."name" AS "employerName", c."alias", u."name"
    FROM (
      SELECT m."id", m."status"::text AS "status", m."origin"::text AS "origin", m."contactRequest", m."score", m."scoreBreakdown",
        m."decisionNote", m."employerNoteOnConsent", m."createdAt", m."updatedAt", m."openingId", m."citizenId"
      FROM "Match" m WHERE ${where}
      ORDER BY m."createdAt", m."id" LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${offset}
    ) p
    JOIN "JobOpening" o ON o."id" = p."openingId" JOIN "Employer" e ON e."id" = o."employerId"
    JOIN "CitizenProfile" c ON c."id" = p."citizenId" JOIN "User" u ON u."id" = c."userId"
    ORDER BY p."createdAt", p."id"`;
  const items = rows.map((r) => ({
    id: r.id, status: r.status, origin: r.origin, contactRequest: r.contactRequest, score: r.score, scoreBreakdown: r.scoreBreakdown,
    decisionNote: r.decisionNote, employerNoteOnConsent: r.employerNoteOnConsent, createdAt: r.createdAt, updatedAt: r.updatedAt,
    opening: { id: r.openingId, title: r.title, employer: { id: r.employerId, name: r.employerName } },
    citizen: { id: r.citizenId, alias: r.alias, user: { name: r.name } },
  }));
  return { items: await audited(actor, items), waiting: counts.waiting, page: current, pages };
}

export type QueueItem = Awaited<ReturnType<typeof listQueue>>["items"][number];

/** One match of the consultant's municipality in any status (for its thread page); audited. */
export async function getQueueMatch(actor: ConsultantActor, matchId: string) {
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return null;
  const row = await prisma.match.findFirst({ where: { id: matchId, citizen: inMunicipality(actor.municipalityId) }, select: queueSelect });
  if (!row) return null;
  const [item] = await audited(actor, [row]);
  return item ?? null;
}

export type DecisionOutcome = "ok" | "already_decided" | "not_found";

/**
 * Approves or rejects a waiting match. Only a consultant of the citizen's municipality may decide;
 * another municipality's match is not_found. The update is conditional on the status just read,
 * so of two decisions at once the second matches no row and gets already_decided.
 * Invalid input (a rejection without a reason) throws: the action validates first.
 */
export async function decideMatch(actor: ConsultantActor, matchId: string, input: DecisionInput, now: Date = new Date()): Promise<DecisionOutcome> {
  const decision = decisionSchema.parse(input);
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return "not_found";
  const approve = decision.decision === "approve";
  const toStatus: MatchStatus = approve ? "APPROVED" : "REJECTED";
  const note = decision.decision === "approve" ? decision.citizenMessage : decision.reason;
  const employerNote = decision.decision === "approve" ? (decision.employerMessage ?? null) : null;
  const scope = { id: matchId, citizen: inMunicipality(actor.municipalityId) };

  // Two tries: a match can move between the two waiting statuses (an employer asks about a
  // citizen's interest) between our read and our update; that is not someone else's decision.
  for (let attempt = 0; attempt < 2; attempt++) {
    const current = await prisma.match.findFirst({ where: scope, select: { status: true } });
    if (!current) return "not_found";
    if (!QUEUED.includes(current.status)) return "already_decided";
    const fromStatus = current.status;
    // The decision and its notifications commit together (a transactional outbox): a failed
    // notification rolls the decision back, so no approval is left without its consent request.
    const won = await prisma.$transaction(async (tx) => {
      const { count } = await tx.match.updateMany({
        where: { ...scope, status: fromStatus },
        data: { status: toStatus, decidedById: actor.id, decisionNote: note ?? null, employerNoteOnConsent: employerNote, updatedAt: now },
      });
      if (count === 0) return null;
      await tx.matchEvent.create({ data: { matchId, fromStatus, toStatus, actorId: actor.id, note: note ?? null, createdAt: now } });
      // Nothing reaches the employer's thread yet: the note to the employer waits for consent
      // (answerContactRequest posts it).
      return decisionNotifications(tx, matchId, fromStatus, toStatus);
    });
    if (won) {
      await emailAfterCommit(won);
      return "ok";
    }
  }
  return "already_decided";
}

/**
 * Approval asks the citizen's consent (CONTACT_REQUEST) and tells the employer; a rejection tells
 * both. The employer hears about a citizen's own interest only once it is approved.
 */
async function decisionNotifications(tx: Prisma.TransactionClient, matchId: string, fromStatus: MatchStatus, toStatus: MatchStatus): Promise<CreatedRow[]> {
  const match = await tx.match.findUniqueOrThrow({
    where: { id: matchId },
    select: {
      origin: true,
      citizen: { select: { userId: true } },
      opening: { select: { id: true, title: true, employer: { select: { name: true, members: { select: { userId: true } } } } } },
    },
  });
  const { opening } = match;
  const base = { matchId, openingId: opening.id };
  const items: NotificationInput[] = [];
  if (toStatus === "APPROVED") {
    items.push({ ...base, userId: match.citizen.userId, type: "CONTACT_REQUEST", data: { openingTitle: opening.title, employerName: opening.employer.name } });
  } else {
    items.push({ ...base, userId: match.citizen.userId, type: "MATCH_STATUS", data: { openingTitle: opening.title, status: toStatus } });
  }
  const employerKnows = toStatus === "APPROVED" || match.origin === "EMPLOYER" || fromStatus === "EMPLOYER_INTERESTED";
  if (employerKnows) {
    for (const m of opening.employer.members) items.push({ ...base, userId: m.userId, type: "MATCH_STATUS", data: { openingTitle: opening.title, status: toStatus } });
  }
  return insertNotifications(tx, items);
}
