import { prisma } from "./client";
import type { Actor } from "./audit";
import { profileCompleteness } from "@/lib/profile-completeness";
import { computeResults, type ResultCitizen, type ResultMatch, type Results } from "@/lib/results";

type ConsultantActor = Actor & { municipalityId: string | null };

// Aggregate figures only: no profile is shown to anyone, so these reads are not audited as
// profile views. Everything is scoped to the consultant's municipality in the `where`.

/** The rows of the results dashboard for the consultant's municipality. Null for non-consultants. */
export async function loadResultRows(actor: ConsultantActor): Promise<{ citizens: ResultCitizen[]; matches: ResultMatch[] } | null> {
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return null;
  const municipalityId = actor.municipalityId;
  const [profiles, matches] = await Promise.all([
    prisma.citizenProfile.findMany({
      where: { municipalityId },
      select: {
        id: true,
        createdAt: true,
        headline: true,
        summary: true,
        skills: true,
        wishOccupations: true,
        wishIndustries: true,
        openToNewField: true,
        postalCode: true,
        onboardingDoneAt: true,
        user: { select: { lastLoginAt: true } },
        _count: { select: { experience: true, education: true } },
      },
    }),
    prisma.match.findMany({
      where: { citizen: { municipalityId } },
      select: {
        citizenId: true,
        praktikStartAt: true,
        hiredAt: true,
        endedAt: true,
        events: { where: { toStatus: "APPROVED" }, orderBy: { createdAt: "asc" }, take: 1, select: { createdAt: true } },
      },
    }),
  ]);
  return {
    citizens: profiles.map((p) => ({
      id: p.id,
      createdAt: p.createdAt,
      lastLoginAt: p.user.lastLoginAt,
      completeness: profileCompleteness({ ...p, experienceCount: p._count.experience, educationCount: p._count.education }).percent,
    })),
    matches: matches.map((m) => ({
      citizenId: m.citizenId,
      praktikStartAt: m.praktikStartAt,
      hiredAt: m.hiredAt,
      endedAt: m.endedAt,
      approvedAt: m.events[0]?.createdAt ?? null,
    })),
  };
}

/** Every figure of the results dashboard for the consultant's municipality at `now`. */
export async function getResults(actor: ConsultantActor, now: Date): Promise<Results | null> {
  const rows = await loadResultRows(actor);
  return rows && computeResults(rows.citizens, rows.matches, now);
}
