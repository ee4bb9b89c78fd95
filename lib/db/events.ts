import { prisma } from "./client";
import type { Actor } from "./audit";
import { LIST_CAP } from "./paging";
import { audienceScope } from "./content-audience";
import type { Prisma } from "./types";

// Events a citizen or a company's member may see and sign up for: published, upcoming, meant for
// them (lib/db/content-audience.ts), held by their municipality. The rule lives in one `where`
// so lists and sign-ups agree.
function visibleTo(actor: Actor, now: Date): Prisma.EventWhereInput | null {
  const scope = audienceScope(actor);
  return scope ? { ...scope, publishedAt: { not: null, lte: now }, startsAt: { gte: now } } : null;
}

export type UpcomingEvent = {
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
/** The citizen's name for it, kept for the citizen's pages. */
export type CitizenEvent = UpcomingEvent;

/**
 * Upcoming events for the actor, soonest first, with seats and own sign-up. `take` rows from
 * `skip`; the caller asks for one more than it shows to know whether a next page exists.
 */
export async function listUpcomingEvents(actor: Actor, now: Date, { skip = 0, take = LIST_CAP }: { skip?: number; take?: number } = {}): Promise<UpcomingEvent[]> {
  const where = visibleTo(actor, now);
  if (!where) return [];
  const events = await prisma.event.findMany({
    where,
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
    skip,
    take,
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
 * Signs the actor (a citizen or a company's member) up if a seat is left. The event row is locked
 * first, so concurrent sign-ups for the same event run one after another and the count they see
 * includes each other's insert; without the lock two requests could both see the last free seat.
 * Citizens and companies share the seats.
 */
export async function signUpForEvent(actor: Actor, eventId: string, now: Date): Promise<SignUpResult> {
  const visible = visibleTo(actor, now);
  if (!visible) return "not_found";
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
    const event = await tx.event.findFirst({ where: { id: eventId, ...visible }, select: { id: true, capacity: true } });
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

/** Removes the actor's own sign-up; false when there was none. */
export async function cancelEventSignup(actor: Actor, eventId: string): Promise<boolean> {
  if (!audienceScope(actor)) return false;
  const { count } = await prisma.eventSignup.deleteMany({ where: { eventId, userId: actor.id } });
  return count > 0;
}
