import { prisma } from "./client";
import type { Actor } from "./audit";

const memberOf = (actor: Actor) => ({ members: { some: { userId: actor.id } } });

/** The employers (companies) the acting user is a member of. */
export function listOwnEmployers(actor: Actor) {
  if (actor.role !== "EMPLOYER") return Promise.resolve([]);
  return prisma.employer.findMany({
    where: memberOf(actor),
    select: { id: true, name: true, industry: true, postalCode: true },
    orderBy: { name: "asc" },
  });
}

/** Openings of the acting employer's companies, newest first. */
export function listOwnOpenings(actor: Actor) {
  if (actor.role !== "EMPLOYER") return Promise.resolve([]);
  return prisma.jobOpening.findMany({
    where: { employer: memberOf(actor) },
    select: {
      id: true,
      title: true,
      status: true,
      hoursMin: true,
      hoursMax: true,
      positions: true,
      postalCode: true,
      employer: { select: { name: true } },
      _count: { select: { matches: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}

/** One opening, only if it belongs to one of the acting employer's companies; otherwise null. */
export function getOwnOpening(actor: Actor, openingId: string) {
  if (actor.role !== "EMPLOYER") return Promise.resolve(null);
  return prisma.jobOpening.findFirst({ where: { id: openingId, employer: memberOf(actor) } });
}
