import { prisma } from "./client";
import type { Role } from "./types";

export type Actor = { id: string; role: Role };

/** Records that `actor` read citizen profiles. Reads by the citizen themself are not audited. */
export async function auditProfileReads(actor: Actor, action: string, profileIds: string[]): Promise<void> {
  if (actor.role === "CITIZEN" || profileIds.length === 0) return;
  await prisma.auditEvent.createMany({
    data: profileIds.map((subjectId) => ({
      actorId: actor.id,
      actorRole: actor.role,
      action,
      subjectType: "CitizenProfile",
      subjectId,
    })),
  });
}
