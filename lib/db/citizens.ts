import { prisma } from "./client";
import { auditProfileReads, type Actor } from "./audit";

/** The citizen's own profile with what the home page summarises. */
export function getOwnProfile(actor: Actor) {
  if (actor.role !== "CITIZEN") return Promise.resolve(null);
  return prisma.citizenProfile.findUnique({
    where: { userId: actor.id },
    include: {
      needs: { orderBy: { code: "asc" } },
      municipality: { select: { name: true } },
      consultant: { select: { name: true, email: true } },
      _count: { select: { matches: true, experience: true, education: true } },
    },
  });
}

type ConsultantActor = Actor & { municipalityId: string | null };

/**
 * Citizens a consultant may see: those handled by the consultant's municipality (all of them, or
 * only the consultant's own caseload). Every read is audited.
 */
export async function listCitizensForConsultant(actor: ConsultantActor, scope: "caseload" | "municipality") {
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return [];
  const citizens = await prisma.citizenProfile.findMany({
    where: {
      municipalityId: actor.municipalityId,
      ...(scope === "caseload" ? { consultantId: actor.id } : {}),
    },
    select: {
      id: true,
      status: true,
      hoursMin: true,
      hoursMax: true,
      headline: true,
      visibleToEmployers: true,
      flexReviewDueAt: true,
      user: { select: { name: true } },
      _count: { select: { matches: true } },
    },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
  });
  await auditProfileReads(actor, "citizen.list", citizens.map((c) => c.id));
  return citizens;
}

/** One citizen's profile for a consultant of the same municipality; null when not theirs. */
export async function getCitizenForConsultant(actor: ConsultantActor, profileId: string) {
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return null;
  const profile = await prisma.citizenProfile.findFirst({
    where: { id: profileId, municipalityId: actor.municipalityId },
    include: { user: { select: { name: true, email: true } }, needs: true },
  });
  if (profile) await auditProfileReads(actor, "citizen.view", [profile.id]);
  return profile;
}
