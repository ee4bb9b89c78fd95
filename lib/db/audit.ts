import { prisma } from "./client";
import type { Role } from "./types";

export type Actor = { id: string; role: Role };

/**
 * Records that `actor` read citizen profiles: one row per read, whatever it showed. A list view
 * keeps the ids it showed in `subjectIds` (GIN-indexed) with subjectId ""; a single read has its
 * id in both. So a caseload page of 50 writes one row, and "who has seen my profile" still finds
 * every view. Reads by the citizen themself are not audited.
 */
export async function auditProfileReads(actor: Actor, action: string, profileIds: string[]): Promise<void> {
  if (actor.role === "CITIZEN" || profileIds.length === 0) return;
  const ids = [...new Set(profileIds)];
  await prisma.auditEvent.create({
    data: { actorId: actor.id, actorRole: actor.role, action, subjectType: "CitizenProfile", subjectId: ids.length === 1 ? ids[0]! : "", subjectIds: ids },
    // Only the id back: returning the whole row (with the id array) cost Prisma a few ms of CPU per view.
    select: { id: true },
  });
}

/**
 * Deletes audit rows older than `days` before `now`; returns how many. The daily job passes
 * AUDIT_RETENTION_DAYS (default 1,826 days: the five years Danish public-sector logging asks for).
 */
export async function pruneAuditEvents(now: Date, days: number): Promise<number> {
  const { count } = await prisma.auditEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - days * 86_400_000) } } });
  return count;
}
