import { prisma } from "./client";
import type { Actor } from "./audit";
import { emailAfterCommit, insertNotifications, type NotificationInput } from "./notifications";
import type { MatchStatus, Prisma, Role } from "./types";

// The message thread of a match, between the company and the job centre. Members of the match's
// company and consultants of the citizen's municipality may read and write; everyone else gets
// nothing, exactly as for a missing match. The citizen is not part of this thread.

type ThreadActor = Actor & { municipalityId?: string | null };

/**
 * Matches an employer may know about: their own requests, and a citizen's interest only once the
 * job centre has approved it (before that it is between the citizen and the consultant).
 */
const EMPLOYER_SEES: MatchStatus[] = ["EMPLOYER_INTERESTED", "APPROVED", "CITIZEN_ACCEPTED", "CITIZEN_DECLINED", "PRAKTIK", "HIRED", "ENDED"];

export function employerVisibleMatch(actor: Actor): Prisma.MatchWhereInput {
  return {
    opening: { employer: { members: { some: { userId: actor.id } } } },
    OR: [{ origin: "EMPLOYER" }, { status: { in: EMPLOYER_SEES } }],
  };
}

/** The `where` that gives this actor the match, or null when their role has no thread access. */
function threadScope(actor: ThreadActor, matchId: string): Prisma.MatchWhereInput | null {
  if (actor.role === "EMPLOYER") return { id: matchId, ...employerVisibleMatch(actor) };
  if (actor.role === "CONSULTANT" && actor.municipalityId) return { id: matchId, citizen: { municipalityId: actor.municipalityId } };
  return null;
}

export type ThreadMessage = {
  id: string;
  body: string;
  createdAt: Date;
  /** Null when the author's account has been deleted. */
  author: { name: string; role: Role } | null;
  mine: boolean;
};

/** The match's messages, oldest first; null when the actor may not see the match. */
export async function listMatchMessages(actor: ThreadActor, matchId: string): Promise<ThreadMessage[] | null> {
  const where = threadScope(actor, matchId);
  if (!where) return null;
  const match = await prisma.match.findFirst({
    where,
    select: {
      messages: {
        select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true, role: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!match) return null;
  return match.messages.map(({ authorId, ...m }) => ({ ...m, mine: authorId === actor.id }));
}

/**
 * Posts a message in the match's thread and tells the other side (MATCH_MESSAGE): a company's
 * message goes to the citizen's consultant (or, without one, the company's), a consultant's to
 * the company's members. The notification carries the job's title, never the message, so the
 * text stays in the thread where access is checked. Both commit together. False when the actor
 * may not see the match.
 */
export async function postMatchMessage(actor: ThreadActor, matchId: string, body: string, now: Date = new Date()): Promise<boolean> {
  const where = threadScope(actor, matchId);
  const text = body.trim();
  if (!where || text.length === 0) return false;
  const match = await prisma.match.findFirst({
    where,
    select: {
      id: true,
      citizen: { select: { consultantId: true } },
      opening: { select: { id: true, title: true, employer: { select: { name: true, consultantId: true, members: { select: { userId: true } } } } } },
    },
  });
  if (!match) return false;
  const { opening } = match;
  const base = { type: "MATCH_MESSAGE" as const, matchId: match.id, openingId: opening.id };
  const consultant = match.citizen.consultantId ?? opening.employer.consultantId;
  const items: NotificationInput[] =
    actor.role === "EMPLOYER"
      ? consultant ? [{ ...base, userId: consultant, data: { openingTitle: opening.title, employerName: opening.employer.name } }] : []
      : opening.employer.members.map((m) => ({ ...base, userId: m.userId, data: { openingTitle: opening.title } }));
  const rows = await prisma.$transaction(async (tx) => {
    await tx.matchMessage.create({ data: { matchId: match.id, authorId: actor.id, body: text, createdAt: now } });
    return insertNotifications(tx, items.filter((n) => n.userId !== actor.id));
  });
  await emailAfterCommit(rows);
  return true;
}
