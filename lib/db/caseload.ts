import { profileCompleteness } from "@/lib/profile-completeness";
import { prisma } from "./client";
import { auditProfileReads, type Actor } from "./audit";
import { Prisma } from "@/generated/prisma/client";
import type { CitizenStatus, MatchStatus } from "./types";

// The consultant's caseload (their own citizens, or all of the municipality) and one citizen's
// full file. Scoped by the consultant's municipality in the `where`, so another municipality's
// citizen is simply not found; every read is audited after it succeeded.

type ConsultantActor = Actor & { municipalityId: string | null };

/** Matches that are over: they do not count as open in the caseload. */
export const CLOSED_MATCH_STATUSES: MatchStatus[] = ["REJECTED", "CITIZEN_DECLINED", "ENDED"];

export type CaseloadFilters = { scope: "mine" | "all"; q: string; status: CitizenStatus | null };

/** Citizens per caseload page. A municipality can have 15,000; the list is paged and searchable. */
export const CASELOAD_PAGE_SIZE = 50;

function municipalityOf(actor: ConsultantActor): string | null {
  return actor.role === "CONSULTANT" && actor.municipalityId ? actor.municipalityId : null;
}

/** `contains` text for LIKE: a typed % or _ is a character to find, not a wildcard. */
export function likeText(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The caseload's filter as SQL on CitizenProfile alone: every column is the profile's, and the
 * indexes (municipalityId | consultantId [, status], sortName, id) cover filter and sort. The name
 * search uses sortName (lower(User.name), kept by a trigger), so no join to "User" is needed.
 */
function caseloadFilter(actor: ConsultantActor, municipalityId: string, filters: CaseloadFilters): Prisma.Sql {
  const q = likeText(filters.q.trim());
  const parts = [Prisma.sql`p."municipalityId" = ${municipalityId}`];
  if (filters.scope === "mine") parts.push(Prisma.sql`p."consultantId" = ${actor.id}`);
  if (filters.status) parts.push(Prisma.sql`p."status" = ${filters.status}::"CitizenStatus"`);
  if (q) parts.push(Prisma.sql`(p."sortName" LIKE ${`%${q.toLowerCase()}%`} OR p."headline" ILIKE ${`%${q}%`})`);
  return Prisma.join(parts, " AND ");
}

/** Experience, education and open-match counts for the shown rows only (three grouped queries on indexed foreign keys). */
async function countsFor(ids: string[]) {
  const [experience, education, matches] = await Promise.all([
    prisma.experienceEntry.groupBy({ by: ["profileId"], where: { profileId: { in: ids } }, _count: { _all: true } }),
    prisma.educationEntry.groupBy({ by: ["profileId"], where: { profileId: { in: ids } }, _count: { _all: true } }),
    prisma.match.groupBy({ by: ["citizenId"], where: { citizenId: { in: ids }, status: { notIn: CLOSED_MATCH_STATUSES } }, _count: { _all: true } }),
  ]);
  const byId = (rows: { _count: { _all: number } }[], key: (r: never) => string) => new Map(rows.map((r) => [key(r as never), r._count._all]));
  return {
    experience: byId(experience, (r: { profileId: string }) => r.profileId),
    education: byId(education, (r: { profileId: string }) => r.profileId),
    matches: byId(matches, (r: { citizenId: string }) => r.citizenId),
  };
}

/**
 * One page of the consultant's caseload (their own citizens, or the whole municipality), by name.
 * Work is bounded by the page: the count and the page are scoped to the municipality in the
 * `where`, and the per-row counts are computed for the 50 shown only.
 */
export async function listCaseload(actor: ConsultantActor, filters: CaseloadFilters, { page = 1 }: { page?: number } = {}) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return { rows: [], total: 0, page: 1, pages: 1 };
  const filter = caseloadFilter(actor, municipalityId, filters);
  const [{ total }] = await prisma.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS "total" FROM "CitizenProfile" p WHERE ${filter}`;
  const pages = Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  // The page's ids first, from the index alone (a deep page skips index entries, not rows), then
  // the 50 rows by id.
  const ids = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "CitizenProfile" p WHERE ${filter} ORDER BY p."sortName", p."id"
    LIMIT ${CASELOAD_PAGE_SIZE} OFFSET ${(current - 1) * CASELOAD_PAGE_SIZE}`;
  const order = new Map(ids.map((r, i) => [r.id, i]));
  const rows = await prisma.citizenProfile.findMany({
    where: { id: { in: ids.map((r) => r.id) }, municipalityId },
    select: {
      id: true, status: true, hoursMin: true, hoursMax: true, headline: true, summary: true, skills: true,
      wishOccupations: true, wishIndustries: true, openToNewField: true, postalCode: true, onboardingDoneAt: true,
      user: { select: { name: true, lastLoginAt: true } },
      consultant: { select: { id: true, name: true } },
    },
  });
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const counts = await countsFor(rows.map((r) => r.id));
  await auditProfileReads(actor, "citizen.list", rows.map((r) => r.id));
  const items = rows.map((r) => {
    const experienceCount = counts.experience.get(r.id) ?? 0;
    const educationCount = counts.education.get(r.id) ?? 0;
    return {
      id: r.id,
      name: r.user.name,
      headline: r.headline,
      status: r.status,
      hoursMin: r.hoursMin,
      hoursMax: r.hoursMax,
      lastLoginAt: r.user.lastLoginAt,
      consultant: r.consultant,
      openMatches: counts.matches.get(r.id) ?? 0,
      completeness: profileCompleteness({ ...r, experienceCount, educationCount }).percent,
    };
  });
  return { rows: items, total, page: current, pages };
}

export type CaseloadRow = Awaited<ReturnType<typeof listCaseload>>["rows"][number];

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
    where: { subjectType: "CitizenProfile", subjectIds: { has: profile.id } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: VIEW_LOG_LIMIT,
    select: { id: true, action: true, actorRole: true, createdAt: true, actor: { select: { name: true } } },
  });
  const completeness = profileCompleteness({ ...profile, experienceCount: profile.experience.length, educationCount: profile.education.length });
  return { ...profile, views, completeness };
}

export type CitizenFile = NonNullable<Awaited<ReturnType<typeof getCitizenFile>>>;
