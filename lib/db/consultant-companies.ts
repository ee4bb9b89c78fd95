import { Prisma } from "@/generated/prisma/client";
import { prisma } from "./client";
import { companyAlias } from "@/lib/privacy/pseudonyms";
import { pageWindow } from "./paging";
import { auditProfileReads, type Actor } from "./audit";
import type { MatchStatus } from "./types";

// The employers a consultant works with: every company of the consultant's municipality, their
// openings and matches, and the job centre's own note log. Scoped by Employer.municipalityId in
// each `where`, so another municipality's company id is simply not found. A company may be in
// contact with citizens of other municipalities (employers see candidates from all of them); those
// matches are their municipality's (Match.municipalityId, as in the queue and on the board), so
// they are neither shown nor counted here.

type ConsultantActor = Actor & { municipalityId: string | null };

/** Matches that are still going somewhere (not turned down or finished). */
const ACTIVE_MATCH: MatchStatus[] = ["SUGGESTED", "PROPOSED", "EMPLOYER_INTERESTED", "APPROVED", "CITIZEN_ACCEPTED", "PRAKTIK", "HIRED"];

function municipalityOf(actor: ConsultantActor): string | null {
  return actor.role === "CONSULTANT" && actor.municipalityId ? actor.municipalityId : null;
}

export type CompanyListItem = {
  id: string;
  name: string;
  industry: string;
  postalCode: string;
  consultantName: string | null;
  mine: boolean;
  openOpenings: number;
  activeMatches: number;
};

/** Companies per page of the consultant's list (København has hundreds). */
export const COMPANIES_PAGE_SIZE = 20;

/**
 * One page of the municipality's companies, the consultant's own first, then by name, with how
 * many there are. The page's ids come from one SQL query (the order puts "mine" first, which
 * Prisma's orderBy cannot say); the 20 companies and their counts are then read by id.
 */
export async function listCompaniesForConsultant(actor: ConsultantActor, scope: "mine" | "all", { page = 1 }: { page?: number } = {}) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return { items: [] as CompanyListItem[], total: 0, page: 1, pages: 1 };
  const filter = Prisma.sql`e."municipalityId" = ${municipalityId}${scope === "mine" ? Prisma.sql` AND e."consultantId" = ${actor.id}` : Prisma.empty}`;
  const [{ total }] = await prisma.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS "total" FROM "Employer" e WHERE ${filter}`;
  const { page: current, pages, offset } = pageWindow(total, COMPANIES_PAGE_SIZE, page);
  const ids = await prisma.$queryRaw<{ id: string }[]>`
    SELECT e."id" FROM "Employer" e WHERE ${filter}
    ORDER BY (e."consultantId" IS NOT DISTINCT FROM ${actor.id}) DESC, e."name", e."id"
    LIMIT ${COMPANIES_PAGE_SIZE} OFFSET ${offset}`;
  const order = new Map(ids.map((r, i) => [r.id, i]));
  const rows = await prisma.employer.findMany({
    where: { id: { in: ids.map((r) => r.id) }, municipalityId },
    select: {
      id: true, name: true, industry: true, postalCode: true, consultantId: true,
      consultant: { select: { name: true } },
      openings: { select: { status: true, _count: { select: { matches: { where: { status: { in: ACTIVE_MATCH }, municipalityId } } } } } },
    },
  });
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const items: CompanyListItem[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    industry: r.industry,
    postalCode: r.postalCode,
    consultantName: r.consultant?.name ?? null,
    mine: r.consultantId === actor.id,
    openOpenings: r.openings.filter((o) => o.status === "OPEN").length,
    activeMatches: r.openings.reduce((sum, o) => sum + o._count.matches, 0),
  }));
  return { items, total, page: current, pages };
}

/**
 * One company with its contact details, openings, matches with the municipality's citizens
 * (names included: consultants may see them; the read is audited) and notes, newest note first.
 * Null when not the actor's.
 */
export async function getCompanyForConsultant(actor: ConsultantActor, id: string) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return null;
  const company = await prisma.employer.findFirst({
    where: { id, municipalityId },
    select: {
      id: true,
      name: true,
      cvr: true,
      industry: true,
      address: true,
      postalCode: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      consultantId: true,
      consultant: { select: { name: true } },
      openings: {
        select: {
          id: true,
          title: true,
          status: true,
          hoursMin: true,
          hoursMax: true,
          positions: true,
          matches: {
            where: { municipalityId },
            select: { id: true, status: true, updatedAt: true, citizen: { select: { id: true, alias: true, user: { select: { name: true } } } } },
            orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
          },
        },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      },
      notes: {
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      },
    },
  });
  if (!company) return null;
  const matches = company.openings
    .flatMap((o) =>
      o.matches.map((m) => ({
        id: m.id,
        status: m.status,
        updatedAt: m.updatedAt,
        openingTitle: o.title,
        citizenName: m.citizen.user.name,
        // The alias this company knows her by (lib/privacy/pseudonyms.ts).
        citizenAlias: companyAlias(company.id, m.citizen.id),
        citizenId: m.citizen.id,
      })),
    )
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  await auditProfileReads(actor, "company.matches", [...new Set(matches.map((m) => m.citizenId))]);
  const { openings, notes, consultant, consultantId, ...details } = company;
  return {
    ...details,
    consultantName: consultant?.name ?? null,
    mine: consultantId === actor.id,
    openings: openings.map((o) => ({ id: o.id, title: o.title, status: o.status, hoursMin: o.hoursMin, hoursMax: o.hoursMax, positions: o.positions })),
    matches,
    notes: notes.map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt, authorName: n.author?.name ?? null })),
  };
}

/** Adds a note to a company of the actor's municipality; false when it is not theirs. */
export async function addCompanyNote(actor: ConsultantActor, employerId: string, body: string, now: Date): Promise<boolean> {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return false;
  const company = await prisma.employer.findFirst({ where: { id: employerId, municipalityId }, select: { id: true } });
  if (!company) return false;
  await prisma.companyNote.create({ data: { employerId: company.id, authorId: actor.id, body, createdAt: now } });
  return true;
}
