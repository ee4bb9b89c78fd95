import { prisma } from "./client";
import { auditProfileReads, type Actor } from "./audit";
import { createNotifications, type NotificationInput } from "./notifications";
import type { MatchStatus } from "./types";
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

type Row = { scoreBreakdown: unknown; citizen: { id: string } };

async function audited<T extends Row>(actor: ConsultantActor, rows: T[]) {
  await auditProfileReads(actor, "match.queue", [...new Set(rows.map((r) => r.citizen.id))]);
  return rows.map(({ scoreBreakdown, ...r }) => ({ ...r, explanation: toExplanation(scoreBreakdown) }));
}

/** Matches per queue page. */
export const QUEUE_PAGE_SIZE = 20;

/**
 * One page of the matches waiting for a decision whose citizen belongs to the consultant's
 * municipality, oldest first, with how many wait in all. With `decidedSince`, matches this
 * consultant decided since then are included in their place, so a card stays put (with its
 * confirmation) after the decision.
 */
export async function listQueue(actor: ConsultantActor, { decidedSince, page = 1 }: { decidedSince?: Date; page?: number } = {}) {
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return { items: [], waiting: 0, page: 1, pages: 1 };
  const recent = decidedSince
    ? [{ status: { in: DECIDED }, decidedById: actor.id, events: { some: { actorId: actor.id, toStatus: { in: DECIDED }, createdAt: { gte: decidedSince } } } }]
    : [];
  // The tenant key on Match (kept by triggers, ADR 011): the municipality's matches through one
  // index, not every match in the country joined to its citizen.
  const municipalityId = actor.municipalityId;
  const where = { municipalityId, OR: [{ status: { in: QUEUED } }, ...recent] };
  const [total, waiting] = await Promise.all([prisma.match.count({ where }), prisma.match.count({ where: { municipalityId, status: { in: QUEUED } } })]);
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const rows = await prisma.match.findMany({
    where,
    select: queueSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (current - 1) * QUEUE_PAGE_SIZE,
    take: QUEUE_PAGE_SIZE,
  });
  return { items: await audited(actor, rows), waiting, page: current, pages };
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
  const note = decision.decision === "approve" ? decision.message : decision.reason;
  const scope = { id: matchId, citizen: inMunicipality(actor.municipalityId) };

  // Two tries: a match can move between the two waiting statuses (an employer asks about a
  // citizen's interest) between our read and our update; that is not someone else's decision.
  for (let attempt = 0; attempt < 2; attempt++) {
    const current = await prisma.match.findFirst({ where: scope, select: { status: true } });
    if (!current) return "not_found";
    if (!QUEUED.includes(current.status)) return "already_decided";
    const fromStatus = current.status;
    const won = await prisma.$transaction(async (tx) => {
      const { count } = await tx.match.updateMany({
        where: { ...scope, status: fromStatus },
        data: { status: toStatus, decidedById: actor.id, decisionNote: note ?? null, updatedAt: now },
      });
      if (count === 0) return false;
      await tx.matchEvent.create({ data: { matchId, fromStatus, toStatus, actorId: actor.id, note: note ?? null, createdAt: now } });
      // The message to both also starts the thread the employer and the job centre share.
      if (approve && note) await tx.matchMessage.create({ data: { matchId, authorId: actor.id, body: note, createdAt: now } });
      return true;
    });
    if (won) {
      await notifyDecision(matchId, fromStatus, toStatus);
      return "ok";
    }
  }
  return "already_decided";
}

/**
 * Approval asks the citizen's consent (CONTACT_REQUEST) and tells the employer; a rejection tells
 * both. The employer hears about a citizen's own interest only once it is approved.
 */
async function notifyDecision(matchId: string, fromStatus: MatchStatus, toStatus: MatchStatus): Promise<void> {
  const match = await prisma.match.findUniqueOrThrow({
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
  await createNotifications(items);
}
