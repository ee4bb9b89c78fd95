import { prisma } from "./client";
import type { Actor } from "./audit";

// A consultant's view of a citizen's account (not of the profile): the sign-in e-mail of a
// citizen in the consultant's municipality, for lifting a sign-in lock. Another municipality's
// citizen is simply not found.
type ConsultantActor = Actor & { municipalityId: string | null };

export async function citizenSignInEmail(actor: ConsultantActor, profileId: string): Promise<string | null> {
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return null;
  const profile = await prisma.citizenProfile.findFirst({
    where: { id: profileId, municipalityId: actor.municipalityId },
    select: { user: { select: { email: true } } },
  });
  return profile?.user.email ?? null;
}
