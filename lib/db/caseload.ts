import { profileCompleteness } from "@/lib/profile-completeness";
import { prisma } from "./client";
import { auditProfileReads, type Actor } from "./audit";
import type { CitizenStatus, MatchStatus } from "./types";

// The consultant's caseload (their own citizens, or all of the municipality) and one citizen's
// full file. Scoped by the consultant's municipality in the `where`, so another municipality's
// citizen is simply not found; every read is audited after it succeeded.

type ConsultantActor = Actor & { municipalityId: string | null };

/** Matches that are over: they do not count as open in the caseload. */
export const CLOSED_MATCH_STATUSES: MatchStatus[] = ["REJECTED", "CITIZEN_DECLINED", "ENDED"];

export type CaseloadFilters = { scope: "mine" | "all"; q: string; status: CitizenStatus | null };

/** A municipality can be large; the list shows this many, and search narrows it down. */
export const CASELOAD_LIMIT = 200;

function municipalityOf(actor: ConsultantActor): string | null {
  return actor.role === "CONSULTANT" && actor.municipalityId ? actor.municipalityId : null;
}

export async function listCaseload(actor: ConsultantActor, filters: CaseloadFilters) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return [];
  const q = filters.q.trim();
  const rows = await prisma.citizenProfile.findMany({
    where: {
      municipalityId,
      ...(filters.scope === "mine" ? { consultantId: actor.id } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(q
        ? { OR: [{ user: { name: { contains: q, mode: "insensitive" as const } } }, { headline: { contains: q, mode: "insensitive" as const } }] }
        : {}),
    },
    select: {
      id: true, status: true, hoursMin: true, hoursMax: true, headline: true, summary: true, skills: true,
      wishOccupations: true, wishIndustries: true, openToNewField: true, postalCode: true, onboardingDoneAt: true,
      user: { select: { name: true, lastLoginAt: true } },
      consultant: { select: { id: true, name: true } },
      _count: { select: { experience: true, education: true, matches: { where: { status: { notIn: CLOSED_MATCH_STATUSES } } } } },
    },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    take: CASELOAD_LIMIT,
  });
  await auditProfileReads(actor, "citizen.list", rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.user.name,
    headline: r.headline,
    status: r.status,
    hoursMin: r.hoursMin,
    hoursMax: r.hoursMax,
    lastLoginAt: r.user.lastLoginAt,
    consultant: r.consultant,
    openMatches: r._count.matches,
    completeness: profileCompleteness({ ...r, experienceCount: r._count.experience, educationCount: r._count.education }).percent,
  }));
}

export type CaseloadRow = Awaited<ReturnType<typeof listCaseload>>[number];

/** How many "who has seen the profile" entries the citizen page shows (newest first). */
const VIEW_LOG_LIMIT = 50;

/**
 * One citizen's full file for a consultant of the same municipality, including the private need
 * notes, the match history with its notes and who has viewed the profile. Null when not theirs.
 */
export async function getCitizenFile(actor: ConsultantActor, profileId: string) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return null;
  const profile = await prisma.citizenProfile.findFirst({
    where: { id: profileId, municipalityId },
    include: {
      user: { select: { name: true, email: true, phone: true, lastLoginAt: true } },
      consultant: { select: { id: true, name: true } },
      needs: { orderBy: { code: "asc" } },
      experience: { orderBy: { sortOrder: "asc" } },
      education: { orderBy: { sortOrder: "asc" } },
      matches: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true, status: true, origin: true, createdAt: true, decisionNote: true,
          opening: { select: { title: true, employer: { select: { name: true } } } },
          events: { orderBy: { createdAt: "asc" }, select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true, actor: { select: { name: true, role: true } } } },
        },
      },
    },
  });
  if (!profile) return null;
  await auditProfileReads(actor, "citizen.view", [profile.id]);
  const views = await prisma.auditEvent.findMany({
    where: { subjectType: "CitizenProfile", subjectId: profile.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: VIEW_LOG_LIMIT,
    select: { id: true, action: true, actorRole: true, createdAt: true, actor: { select: { name: true } } },
  });
  const completeness = profileCompleteness({ ...profile, experienceCount: profile.experience.length, educationCount: profile.education.length });
  return { ...profile, views, completeness };
}

export type CitizenFile = NonNullable<Awaited<ReturnType<typeof getCitizenFile>>>;
