import { prisma } from "./client";
import type { Actor } from "./audit";
import { emailAfterCommit, insertNotifications } from "./notifications";

// Handing a citizen over to a colleague of the same municipality: the profile's consultant
// changes, the handover is kept (CitizenHandover, shown on the file) and audited
// (citizen.handover), and the new consultant is notified, all in one transaction.

type ConsultantActor = Actor & { municipalityId: string | null };

const municipalityOf = (actor: ConsultantActor) => (actor.role === "CONSULTANT" && actor.municipalityId ? actor.municipalityId : null);

/** A municipality has tens of consultants; the list is cut here all the same. */
const MAX_COLLEAGUES = 200;

/** The consultants of the actor's municipality, by name (the handover's choices). */
export async function listColleagues(actor: ConsultantActor) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return [];
  return prisma.user.findMany({
    where: { role: "CONSULTANT", municipalityId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_COLLEAGUES,
    select: { id: true, name: true },
  });
}

/** How many handovers the file shows (newest first). */
const HISTORY_LIMIT = 20;

/** A citizen's handovers, newest first, for a consultant of her municipality (else none). */
export async function listHandovers(actor: ConsultantActor, profileId: string) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return [];
  const rows = await prisma.citizenHandover.findMany({
    where: { citizenId: profileId, citizen: { municipalityId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_LIMIT,
    select: { id: true, createdAt: true, from: { select: { name: true } }, to: { select: { name: true } }, by: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, from: r.from?.name ?? null, to: r.to?.name ?? null, by: r.by?.name ?? null }));
}

export type Handover = Awaited<ReturnType<typeof listHandovers>>[number];

export type HandoverOutcome = "handed_over" | "unchanged" | "changed_meanwhile" | "invalid_target" | "not_found";

/**
 * Makes `toId` the citizen's consultant. Only a consultant of her municipality may, and only to
 * another consultant of it (anyone else is invalid_target). Conditional on the consultant the
 * form showed (`fromId`, null for none): a double submit finds her with the new consultant
 * (unchanged), and a colleague's handover in between is not overwritten (changed_meanwhile).
 */
export async function handOverCitizen(actor: ConsultantActor, profileId: string, toId: string, fromId: string | null, now: Date = new Date()): Promise<HandoverOutcome> {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return "not_found";
  const rows = await prisma.$transaction(async (tx) => {
    const citizen = await tx.citizenProfile.findFirst({ where: { id: profileId, municipalityId }, select: { id: true, alias: true, consultantId: true } });
    if (!citizen) return "not_found" as const;
    const target = await tx.user.findFirst({ where: { id: toId, role: "CONSULTANT", municipalityId }, select: { id: true } });
    if (!target) return "invalid_target" as const;
    if (citizen.consultantId === toId) return "unchanged" as const;
    const { count } = await tx.citizenProfile.updateMany({ where: { id: citizen.id, municipalityId, consultantId: fromId }, data: { consultantId: toId } });
    if (count === 0) return "changed_meanwhile" as const;
    await tx.citizenHandover.create({ data: { citizenId: citizen.id, fromId, toId, byId: actor.id, createdAt: now }, select: { id: true } });
    await tx.auditEvent.create({
      data: { actorId: actor.id, actorRole: actor.role, action: "citizen.handover", subjectType: "CitizenProfile", subjectId: citizen.id, subjectIds: [citizen.id], createdAt: now },
      select: { id: true },
    });
    const by = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    // The new consultant is told, unless she handed the citizen to herself.
    return toId === actor.id ? [] : insertNotifications(tx, [{ userId: toId, type: "CITIZEN_HANDED_OVER", data: { alias: citizen.alias, fromName: by.name } }]);
  });
  if (typeof rows === "string") return rows;
  await emailAfterCommit(rows);
  return "handed_over";
}
