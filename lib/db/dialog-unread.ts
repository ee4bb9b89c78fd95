import { prisma } from "./client";
import type { DialogActor } from "./dialog";

// Unread dialog badges for the navigation, read from the threads' counters: one row for a
// citizen, and for a consultant an index range of the municipality's unread threads.

/** The consultant's badge stops counting here ("99+"): enough to say there is much to answer. */
export const UNREAD_DIALOGS_CAP = 100;

/** Messages from the job centre the citizen has not read yet. */
export async function countUnreadDialogForCitizen(actor: DialogActor): Promise<number> {
  if (actor.role !== "CITIZEN") return 0;
  const thread = await prisma.dialogThread.findFirst({ where: { citizen: { userId: actor.id } }, select: { citizenUnread: true } });
  return thread?.citizenUnread ?? 0;
}

/**
 * Threads of the consultant's own caseload with messages no consultant has read, up to the cap.
 * It reads the municipality's unread threads (DialogThread_municipalityId_jobcentreUnread_idx),
 * never the whole caseload.
 */
export async function countUnreadDialogsForConsultant(actor: DialogActor): Promise<number> {
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return 0;
  const [{ n }] = await prisma.$queryRaw<[{ n: number }]>`
    SELECT count(*)::int AS "n" FROM (
      SELECT 1 FROM "DialogThread" t JOIN "CitizenProfile" p ON p."id" = t."citizenId"
      WHERE t."municipalityId" = ${actor.municipalityId} AND t."jobcentreUnread" > 0 AND p."consultantId" = ${actor.id}
      LIMIT ${UNREAD_DIALOGS_CAP}
    ) x`;
  return n;
}
