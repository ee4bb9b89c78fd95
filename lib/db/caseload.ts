import { profileCompleteness } from "@/lib/profile/completeness";
import { prisma } from "./client";
import { pageWindow } from "./paging";
import { auditProfileReads, type Actor } from "./audit";
import { Prisma } from "@/generated/prisma/client";
import type { CitizenStatus, MatchStatus } from "./types";

// The consultant's caseload (their own citizens, or all of the municipality) and one citizen's
// full file. Scoped by the consultant's municipality in the `where`, so another municipality's
// citizen is simply not found; every read is audited after it succeeded.

type ConsultantActor = Actor & { municipalityId: string | null };

/** Matches that are over: they do not count as open in the caseload. */
export const CLOSED_MATCH_STATUSES: MatchStatus[] = ["REJECTED", "CITIZEN_DECLINED", "ENDED"];

export type CaseloadFilters = { scope: "mine" | "all"; q: string; status: CitizenStatus | null; unread?: boolean };

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
  // Unread dialogs: the municipality's unread threads come from their own index, so the filter
  // narrows the caseload to them without probing every profile.
  if (filters.unread) parts.push(Prisma.sql`p."id" IN (SELECT t."citizenId" FROM "DialogThread" t WHERE t."municipalityId" = ${municipalityId} AND t."jobcentreUnread" > 0)`);
  return Prisma.join(parts, " AND ");
}

type CaseloadSqlRow = {
  id: string; status: CitizenStatus; hoursMin: number; hoursMax: number; headline: string; summary: string; skills: string[];
  wishOccupations: string[]; wishIndustries: string[]; openToNewField: boolean; postalCode: string; onboardingDoneAt: Date | null;
  name: string; lastLoginAt: Date | null; consultantId: string | null; consultantName: string | null;
  experienceCount: number; educationCount: number; openMatches: number; dialogUnread: number;
};

/**
 * One page of the consultant's caseload (their own citizens, or the whole municipality), by name.
 * Work is bounded by the page: a count on the index, then one query that cuts the page's 50 ids
 * from the index alone (a deep page skips index entries, not rows) and joins only those rows to
 * their user and consultant, with the experience, education and open-match counts as one index
 * probe each. (Through Prisma's relation loading it was nine round trips and 17 ms of CPU.)
 */
export async function listCaseload(actor: ConsultantActor, filters: CaseloadFilters, { page = 1 }: { page?: number } = {}) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return { rows: [], total: 0, page: 1, pages: 1 };
  const filter = caseloadFilter(actor, municipalityId, filters);
  const [{ total }] = await prisma.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS "total" FROM "CitizenProfile" p WHERE ${filter}`;
  const { page: current, pages, offset } = pageWindow(total, CASELOAD_PAGE_SIZE, page);
  const rows = total === 0 ? [] : await prisma.$queryRaw<CaseloadSqlRow[]>`
    SELECT p."id", p."status"::text AS "status", p."hoursMin", p."hoursMax", p."headline", p."summary", p."skills", p."wishOccupations",
      p."wishIndustries", p."openToNewField", p."postalCode", p."onboardingDoneAt", u."name", u."lastLoginAt",
      k."id" AS "consultantId", k."name" AS "consultantName",
      (SELECT count(*) FROM "ExperienceEntry" x WHERE x."profileId" = p."id")::int AS "experienceCount",
      (SELECT count(*) FROM "EducationEntry" x WHERE x."profileId" = p."id")::int AS "educationCount",
      (SELECT count(*) FROM "Match" m WHERE m."citizenId" = p."id" AND m."status" <> ALL(${CLOSED_MATCH_STATUSES}::"MatchStatus"[]))::int AS "openMatches",
      COALESCE((SELECT t."jobcentreUnread" FROM "DialogThread" t WHERE t."citizenId" = p."id"), 0)::int AS "dialogUnread"
    FROM (
      SELECT p."id" FROM "CitizenProfile" p WHERE ${filter} ORDER BY p."sortName", p."id"
      LIMIT ${CASELOAD_PAGE_SIZE} OFFSET ${offset}
    ) page
    JOIN "CitizenProfile" p ON p."id" = page."id" JOIN "User" u ON u."id" = p."userId" LEFT JOIN "User" k ON k."id" = p."consultantId"
    ORDER BY p."sortName", p."id"`;
  await auditProfileReads(actor, "citizen.list", rows.map((r) => r.id));
  const items = rows.map((r) => ({
    id: r.id,
    name: r.name,
    headline: r.headline,
    status: r.status,
    hoursMin: r.hoursMin,
    hoursMax: r.hoursMax,
    lastLoginAt: r.lastLoginAt,
    consultant: r.consultantId ? { id: r.consultantId, name: r.consultantName ?? "" } : null,
    openMatches: r.openMatches,
    dialogUnread: r.dialogUnread,
    completeness: profileCompleteness(r).percent,
  }));
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
      dialogThread: { select: { jobcentreUnread: true } },
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
