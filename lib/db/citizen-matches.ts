import { prisma } from "./client";
import { isUniqueViolation } from "./errors";
import { auditProfileReads, type Actor } from "./audit";
import { emailAfterCommit, insertNotifications, type CreatedRow } from "./notifications";
import type { MatchStatus, Prisma } from "./types";
import { candidateRowSelect, openingRowSelect } from "@/lib/matches/adapter";
import { scoreSnapshot } from "@/lib/matches/snapshot";
import { CITIZEN_INTEREST_NOTE, CONSENT_WITHDRAWN_NOTE } from "./match-event-notes";

// The citizen's side of a match: showing interest in an opening, answering an employer's contact
// request (consent to reveal their identity), and their own list. Every write is scoped to the
// acting citizen in its `where`, so another citizen's id simply matches nothing.

// The markers this file writes on match events (shared with the pages that show the history).
export { CITIZEN_INTEREST_NOTE, CONSENT_WITHDRAWN_NOTE };

/**
 * Statuses a citizen's new interest brings back to PROPOSED, so the consultant looks again; and a
 * job her consultant proposed (SUGGESTED), which her interest puts in the approval queue.
 */
const REOPENABLE: MatchStatus[] = ["REJECTED", "ENDED", "CITIZEN_DECLINED", "SUGGESTED"];

/** Statuses in which the citizen has consented and the employer may see who they are. */
const REVEALED: MatchStatus[] = ["CITIZEN_ACCEPTED", "PRAKTIK", "HIRED", "ENDED"];

export type InterestOutcome = "created" | "reopened" | "noted" | "unchanged";
export type InterestResult = { outcome: InterestOutcome; consultantNotified: boolean } | { outcome: "not_found" };

type Tx = Prisma.TransactionClient;
type Existing = { id: string; status: MatchStatus };

async function applyInterest(tx: Tx, match: Existing, actor: Actor, snapshot: ReturnType<typeof scoreSnapshot>): Promise<InterestOutcome> {
  if (match.status === "EMPLOYER_INTERESTED") {
    // Said once is enough: a second click neither repeats the note nor the consultant's message.
    const said = await tx.matchEvent.count({ where: { matchId: match.id, fromStatus: match.status, toStatus: match.status, note: CITIZEN_INTEREST_NOTE } });
    if (said > 0) return "unchanged";
    await tx.matchEvent.create({ data: { matchId: match.id, fromStatus: match.status, toStatus: match.status, actorId: actor.id, note: CITIZEN_INTEREST_NOTE } });
    return "noted";
  }
  if (!REOPENABLE.includes(match.status)) return "unchanged";
  // Conditional on the status read, so two clicks at once reopen (and notify) only once.
  const { count } = await tx.match.updateMany({
    where: { id: match.id, status: match.status },
    data: { status: "PROPOSED", score: snapshot.score, scoreBreakdown: snapshot.breakdown as unknown as Prisma.InputJsonValue, revealedAt: null },
  });
  if (count === 0) return "unchanged";
  await tx.matchEvent.create({ data: { matchId: match.id, fromStatus: match.status, toStatus: "PROPOSED", actorId: actor.id, note: CITIZEN_INTEREST_NOTE } });
  return "reopened";
}

/**
 * "I'm interested": creates the citizen's match with an open opening (origin CITIZEN, PROPOSED,
 * with the engine's score snapshot) or updates the existing one, and tells their consultant.
 * Ineligible openings are allowed: the consultant decides. A closed, draft or unknown opening
 * gives not_found.
 */
export async function expressInterest(actor: Actor, openingId: string, now: Date = new Date()): Promise<InterestResult> {
  if (actor.role !== "CITIZEN") return { outcome: "not_found" };
  const [profile, opening] = await Promise.all([
    prisma.citizenProfile.findUnique({ where: { userId: actor.id }, select: { ...candidateRowSelect, alias: true, consultantId: true } }),
    prisma.jobOpening.findFirst({ where: { id: openingId, status: "OPEN" }, select: openingRowSelect }),
  ]);
  if (!profile || !opening) return { outcome: "not_found" };
  const snapshot = scoreSnapshot(profile, opening);
  const key = { openingId_citizenId: { openingId: opening.id, citizenId: profile.id } };

  // The consultant's notification is written in the same transaction as the interest (outbox).
  const tellConsultant = async (tx: Prisma.TransactionClient, outcome: InterestOutcome, matchId: string) =>
    outcome !== "unchanged" && profile.consultantId
      ? insertNotifications(tx, [{ userId: profile.consultantId, type: "CITIZEN_INTEREST", matchId, openingId: opening.id, data: { openingTitle: opening.title, alias: profile.alias } }])
      : [];
  const run = () =>
    prisma.$transaction(async (tx): Promise<{ outcome: InterestOutcome; matchId: string; rows: CreatedRow[] }> => {
      const existing = await tx.match.findUnique({ where: key, select: { id: true, status: true } });
      if (existing) {
        const outcome = await applyInterest(tx, existing, actor, snapshot);
        return { outcome, matchId: existing.id, rows: await tellConsultant(tx, outcome, existing.id) };
      }
      const created = await tx.match.create({
        data: {
          openingId: opening.id,
          citizenId: profile.id,
          status: "PROPOSED",
          origin: "CITIZEN",
          score: snapshot.score,
          scoreBreakdown: snapshot.breakdown as unknown as Prisma.InputJsonValue,
          createdAt: now,
          events: { create: { toStatus: "PROPOSED", actorId: actor.id, note: CITIZEN_INTEREST_NOTE, createdAt: now } },
        },
        select: { id: true },
      });
      return { outcome: "created", matchId: created.id, rows: await tellConsultant(tx, "created", created.id) };
    });

  let result: { outcome: InterestOutcome; matchId: string; rows: CreatedRow[] };
  try {
    result = await run();
  } catch (err) {
    // A concurrent request created the match between our read and our insert: the unique
    // (openingId, citizenId) kept it to one, and that request has told the consultant.
    if (!isUniqueViolation(err)) throw err;
    const existing = await prisma.match.findUnique({ where: key, select: { id: true } });
    if (!existing) throw err;
    result = { outcome: "unchanged", matchId: existing.id, rows: [] };
  }
  await emailAfterCommit(result.rows);
  return { outcome: result.outcome, consultantNotified: result.rows.length > 0 };
}

/**
 * The citizen's answer to an employer's contact request that the consultant approved. Only the
 * actor's own match in status APPROVED changes (a second click, or another citizen's id, changes
 * nothing and gives not_found). Accepting reveals the identity to that employer from `now`; the
 * consent is recorded in the audit log either way.
 */
export async function answerContactRequest(actor: Actor, matchId: string, accept: boolean, now: Date = new Date()): Promise<"ok" | "not_found"> {
  if (actor.role !== "CITIZEN") return "not_found";
  const toStatus: MatchStatus = accept ? "CITIZEN_ACCEPTED" : "CITIZEN_DECLINED";
  const changed = await prisma.$transaction(async (tx) => {
    const { count } = await tx.match.updateMany({
      where: { id: matchId, status: "APPROVED", citizen: { userId: actor.id } },
      data: { status: toStatus, revealedAt: accept ? now : null },
    });
    if (count === 0) return null;
    await tx.matchEvent.create({ data: { matchId, fromStatus: "APPROVED", toStatus, actorId: actor.id, createdAt: now } });
    await releaseEmployerNote(tx, matchId, accept, now);
    await tx.auditEvent.create({
      data: { actorId: actor.id, actorRole: "CITIZEN", action: accept ? "citizen.consent.accepted" : "citizen.consent.declined", subjectType: "Match", subjectId: matchId, createdAt: now },
    });
    return answerNotifications(tx, matchId, accept ? "accepted" : "declined");
  });
  if (!changed) return "not_found";
  await emailAfterCommit(changed);
  return "ok";
}

export type CitizenAnswer = "accepted" | "declined" | "withdrawn";

/**
 * Tells the company's members and the citizen's consultant about her answer (CITIZEN_ANSWER), in
 * her answer's transaction. The company's rows carry no alias (it sees her under its own), the
 * consultant's add her alias and the company's name.
 */
async function answerNotifications(tx: Prisma.TransactionClient, matchId: string, answer: CitizenAnswer): Promise<CreatedRow[]> {
  const match = await tx.match.findUniqueOrThrow({
    where: { id: matchId },
    select: { citizen: { select: { consultantId: true, alias: true } }, opening: { select: { id: true, title: true, employer: { select: { name: true, members: { select: { userId: true } } } } } } },
  });
  const { opening, citizen } = match;
  const base = { type: "CITIZEN_ANSWER" as const, matchId, openingId: opening.id };
  const members = [...new Set(opening.employer.members.map((m) => m.userId))];
  return insertNotifications(tx, [
    ...members.map((userId) => ({ ...base, userId, data: { openingTitle: opening.title, answer } })),
    ...(citizen.consultantId ? [{ ...base, userId: citizen.consultantId, data: { openingTitle: opening.title, answer, alias: citizen.alias, employerName: opening.employer.name } }] : []),
  ]);
}

/**
 * The citizen takes her yes back before a praktik or hire has started: the match becomes
 * CITIZEN_DECLINED, the employer loses the identity at once (getRevealedIdentity needs
 * revealedAt), and the withdrawal is recorded in the history and the audit log. The company
 * and the consultant are told. Another citizen's id, or a later status, changes nothing.
 */
export async function withdrawConsent(actor: Actor, matchId: string, now: Date = new Date()): Promise<"ok" | "not_found"> {
  if (actor.role !== "CITIZEN") return "not_found";
  const changed = await prisma.$transaction(async (tx) => {
    const { count } = await tx.match.updateMany({
      where: { id: matchId, status: "CITIZEN_ACCEPTED", citizen: { userId: actor.id } },
      data: { status: "CITIZEN_DECLINED", revealedAt: null },
    });
    if (count === 0) return null;
    await tx.matchEvent.create({ data: { matchId, fromStatus: "CITIZEN_ACCEPTED", toStatus: "CITIZEN_DECLINED", actorId: actor.id, note: CONSENT_WITHDRAWN_NOTE, createdAt: now } });
    await tx.auditEvent.create({
      data: { actorId: actor.id, actorRole: "CITIZEN", action: "citizen.consent.withdrawn", subjectType: "Match", subjectId: matchId, createdAt: now },
    });
    return answerNotifications(tx, matchId, "withdrawn");
  });
  if (!changed) return "not_found";
  await emailAfterCommit(changed);
  return "ok";
}

/**
 * The consultant's note to the employer, held back at approval: posted in the match's thread by
 * its author when the citizen says yes, dropped unseen when she says no.
 */
async function releaseEmployerNote(tx: Prisma.TransactionClient, matchId: string, accept: boolean, now: Date): Promise<void> {
  const match = await tx.match.findUniqueOrThrow({ where: { id: matchId }, select: { employerNoteOnConsent: true, decidedById: true } });
  if (!match.employerNoteOnConsent) return;
  if (accept) await tx.matchMessage.create({ data: { matchId, authorId: match.decidedById, body: match.employerNoteOnConsent, createdAt: now } });
  await tx.match.update({ where: { id: matchId }, data: { employerNoteOnConsent: null } });
}

/** The acting citizen's matches, newest first, with the opening, the employer and the history. */
export async function listOwnMatches(actor: Actor) {
  if (actor.role !== "CITIZEN") return [];
  const matches = await prisma.match.findMany({
    where: { citizen: { userId: actor.id } },
    select: {
      id: true,
      status: true,
      origin: true,
      contactRequest: true,
      // The consultant's message when approving goes to both the employer and the citizen.
      decisionNote: true,
      revealedAt: true,
      createdAt: true,
      updatedAt: true,
      opening: { select: { id: true, title: true, status: true, employer: { select: { name: true } } } },
      events: { select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  // Status changes and dates only: other notes may be the consultant's internal notes.
  return matches.map(({ events, ...m }) => ({
    ...m,
    /** She said yes and took it back (the company no longer sees who she is). */
    consentWithdrawn: m.status === "CITIZEN_DECLINED" && events.at(-1)?.note === CONSENT_WITHDRAWN_NOTE,
    events: events.map(({ note, ...e }) => ({ ...e, citizenInterest: note === CITIZEN_INTEREST_NOTE })),
  }));
}

export type OwnMatch = Awaited<ReturnType<typeof listOwnMatches>>[number];

/**
 * The citizen's name, e-mail and phone for an employer, only once the citizen has accepted contact
 * for this match and only for a member of the opening's company; otherwise null. Audited.
 */
export async function getRevealedIdentity(actor: Actor, matchId: string): Promise<{ name: string; email: string; phone: string | null } | null> {
  if (actor.role !== "EMPLOYER") return null;
  const match = await prisma.match.findFirst({
    where: { id: matchId, revealedAt: { not: null }, status: { in: REVEALED }, opening: { employer: { members: { some: { userId: actor.id } } } } },
    select: { citizen: { select: { id: true, user: { select: { name: true, email: true, phone: true } } } } },
  });
  if (!match) return null;
  await auditProfileReads(actor, "citizen.identity", [match.citizen.id]);
  return { ...match.citizen.user };
}
