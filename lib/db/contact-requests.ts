import { prisma } from "./client";
import { isUniqueViolation } from "./errors";
import { resolveCandidateRef } from "./employer-scope";
import type { Actor } from "./audit";
import { ownOpening, visibleCandidate } from "./employer-candidate-pool";
import { emailAfterCommit, insertNotifications, type CreatedRow } from "./notifications";
import type { MatchStatus, Prisma } from "./types";
import { candidateRowSelect, openingRowSelect } from "@/lib/matches/adapter";
import { scoreSnapshot } from "@/lib/matches/snapshot";

// "Ask for contact" on a candidate card. The message goes to the job center, not the citizen: it
// makes (or moves) the match to EMPLOYER_INTERESTED, which puts it in the consultant's queue, and
// tells the consultant. The citizen sees it only after a consultant approves.

/** `candidate` is the company's reference to the candidate (the card's id), not her profile id. */
export type ContactInput = { openingId: string; candidate: string; message: string };

export type ContactResult =
  | { outcome: "created" | "updated"; matchId: string; consultantNotified: boolean }
  /** A match already exists in another status (including an earlier request); nothing changed. */
  | { outcome: "exists"; matchId: string; status: MatchStatus }
  | { outcome: "not_found" };

type Snapshot = ReturnType<typeof scoreSnapshot>;
const json = (s: Snapshot) => s.breakdown as unknown as Prisma.InputJsonValue;

type Outcome = { outcome: "created" | "updated"; matchId: string } | { outcome: "exists"; matchId: string; status: MatchStatus };

type ResolvedInput = { openingId: string; citizenId: string; message: string };

/** Tells the consultants about a new request, in the request's own transaction (the outbox). */
type Notify = (tx: Prisma.TransactionClient, matchId: string) => Promise<CreatedRow[]>;

async function write(actor: Actor, input: ResolvedInput, snapshot: Snapshot, now: Date, notify: Notify): Promise<Outcome & { rows?: CreatedRow[] }> {
  const key = { openingId_citizenId: { openingId: input.openingId, citizenId: input.citizenId } };
  return prisma.$transaction(async (tx) => {
    const existing = await tx.match.findUnique({ where: key, select: { id: true, status: true } });
    if (existing) {
      // A job the consultant proposed to her and she has not answered yet (SUGGESTED) moves too:
      // the request waits for the consultant's approval and her consent like any other.
      if (existing.status !== "PROPOSED" && existing.status !== "SUGGESTED") return { outcome: "exists", matchId: existing.id, status: existing.status };
      // Conditional on the status read, so two requests at once move it (and notify) once.
      const { count } = await tx.match.updateMany({
        where: { id: existing.id, status: existing.status },
        data: { status: "EMPLOYER_INTERESTED", contactRequest: input.message, score: snapshot.score, scoreBreakdown: json(snapshot) },
      });
      if (count === 0) return { outcome: "exists", matchId: existing.id, status: "EMPLOYER_INTERESTED" };
      await tx.matchEvent.create({ data: { matchId: existing.id, fromStatus: existing.status, toStatus: "EMPLOYER_INTERESTED", actorId: actor.id, createdAt: now } });
      return { outcome: "updated", matchId: existing.id, rows: await notify(tx, existing.id) };
    }
    const created = await tx.match.create({
      data: {
        openingId: input.openingId,
        citizenId: input.citizenId,
        status: "EMPLOYER_INTERESTED",
        origin: "EMPLOYER",
        contactRequest: input.message,
        score: snapshot.score,
        scoreBreakdown: json(snapshot),
        createdAt: now,
        events: { create: { toStatus: "EMPLOYER_INTERESTED", actorId: actor.id, createdAt: now } },
      },
      select: { id: true },
    });
    return { outcome: "created", matchId: created.id, rows: await notify(tx, created.id) };
  });
}

/** The citizen's consultant, or (no consultant yet) the consultants of the citizen's municipality. */
async function consultantsOf(citizen: { consultantId: string | null; municipalityId: string }): Promise<string[]> {
  if (citizen.consultantId) return [citizen.consultantId];
  const all = await prisma.user.findMany({ where: { role: "CONSULTANT", municipalityId: citizen.municipalityId }, select: { id: true } });
  return all.map((u) => u.id);
}

/**
 * Asks the job center for contact with a visible candidate about one of the actor's OPEN
 * openings. Creates the match (origin EMPLOYER, EMPLOYER_INTERESTED, the message, the engine's
 * score snapshot) or moves a PROPOSED one; any other status is left alone ("exists").
 */
export async function requestContact(actor: Actor, contact: ContactInput, now: Date = new Date()): Promise<ContactResult> {
  if (actor.role !== "EMPLOYER") return { outcome: "not_found" };
  // The company's reference, opened with the actor's companies' keys: another company's
  // reference, or a profile id, is simply not found.
  const citizenId = await resolveCandidateRef(actor, contact.candidate);
  if (!citizenId) return { outcome: "not_found" };
  const input: ResolvedInput = { openingId: contact.openingId, citizenId, message: contact.message };
  const [opening, citizen] = await Promise.all([
    prisma.jobOpening.findFirst({ where: { id: input.openingId, status: "OPEN", ...ownOpening(actor) }, select: openingRowSelect }),
    prisma.citizenProfile.findFirst({
      where: { id: input.citizenId, ...visibleCandidate },
      select: { ...candidateRowSelect, consultantId: true, municipalityId: true },
    }),
  ]);
  if (!opening || !citizen) return { outcome: "not_found" };
  const snapshot = scoreSnapshot(citizen, opening);

  const consultants = await consultantsOf(citizen);
  const notify: Notify = (tx, matchId) =>
    insertNotifications(
      tx,
      consultants.map((userId) => ({ userId, type: "MATCH_STATUS" as const, matchId, openingId: opening.id, data: { openingTitle: opening.title, status: "EMPLOYER_INTERESTED" } })),
    );
  let result: Outcome & { rows?: CreatedRow[] };
  try {
    result = await write(actor, input, snapshot, now, notify);
  } catch (err) {
    // A concurrent request created the match between our read and our insert: the unique
    // (openingId, citizenId) kept it to one, and that request tells the consultant.
    if (!isUniqueViolation(err)) throw err;
    const existing = await prisma.match.findUnique({ where: { openingId_citizenId: { openingId: input.openingId, citizenId: input.citizenId } }, select: { id: true, status: true } });
    if (!existing) throw err;
    return { outcome: "exists", matchId: existing.id, status: existing.status };
  }
  if (result.outcome === "exists") return { outcome: "exists", matchId: result.matchId, status: result.status };
  await emailAfterCommit(result.rows ?? []);
  return { outcome: result.outcome, matchId: result.matchId, consultantNotified: consultants.length > 0 };
}
