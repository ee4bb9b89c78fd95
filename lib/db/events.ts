import { prisma } from "./client";
import type { Actor } from "./audit";
import type { Prisma } from "./types";

// Events a citizen may see and sign up for: published, upcoming, meant for citizens, and held by
// the citizen's own municipality. The rule lives in one `where` so lists and sign-ups agree.
function visibleToCitizen(actor: Actor, now: Date): Prisma.EventWhereInput {
  return {
    municipality: { citizens: { some: { userId: actor.id } } },
    publishedAt: { not: null, lte: now },
    startsAt: { gte: now },
    audience: { in: ["CITIZENS", "ALL"] },
  };
}

export type CitizenEvent = {
  id: string;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date | null;
  capacity: number;
  seatsTaken: number;
  seatsLeft: number;
  signedUp: boolean;
};

/** Upcoming events of the citizen's municipality, soonest first, with seats and own sign-up. */
export async function listUpcomingEventsForCitizen(actor: Actor, now: Date): Promise<CitizenEvent[]> {
  if (actor.role !== "CITIZEN") return [];
  const events = await prisma.event.findMany({
    where: visibleToCitizen(actor, now),
    select: {
      id: true,
      title: true,
      description: true,
      location: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      _count: { select: { signups: true } },
      signups: { where: { userId: actor.id }, select: { id: true } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return events.map(({ _count, signups, ...event }) => ({
    ...event,
    seatsTaken: _count.signups,
    seatsLeft: Math.max(0, event.capacity - _count.signups),
    signedUp: signups.length > 0,
  }));
}

export type SignUpResult = "ok" | "full" | "already" | "not_found";

/**
 * Signs the citizen up if a seat is left. The event row is locked first, so concurrent sign-ups
 * for the same event run one after another and the count they see includes each other's insert;
 * without the lock two requests could both see the last free seat.
 */
export async function signUpForEvent(actor: Actor, eventId: string, now: Date): Promise<SignUpResult> {
  if (actor.role !== "CITIZEN") return "not_found";
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
    const event = await tx.event.findFirst({
      where: { id: eventId, ...visibleToCitizen(actor, now) },
      select: { id: true, capacity: true },
    });
    if (!event) return "not_found";
    const existing = await tx.eventSignup.findUnique({
      where: { eventId_userId: { eventId: event.id, userId: actor.id } },
      select: { id: true },
    });
    if (existing) return "already";
    const taken = await tx.eventSignup.count({ where: { eventId: event.id } });
    if (taken >= event.capacity) return "full";
    await tx.eventSignup.create({ data: { eventId: event.id, userId: actor.id } });
    return "ok";
  });
}

/** Removes the citizen's own sign-up; false when there was none. */
export async function cancelEventSignup(actor: Actor, eventId: string): Promise<boolean> {
  if (actor.role !== "CITIZEN") return false;
  const { count } = await prisma.eventSignup.deleteMany({ where: { eventId, userId: actor.id } });
  return count > 0;
}
