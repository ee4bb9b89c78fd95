import { prisma } from "./client";
import { pageWindow } from "./paging";
import { auditProfileReads } from "./audit";
import type { ConsultantActor } from "./match-queue";
import { Prisma } from "@/generated/prisma/client";
import type { MatchStatus } from "./types";
import type { FollowUpKind } from "@/generated/prisma/enums";
import { dueUntil } from "./placements";
import { toRampUpPlan } from "@/lib/placements/plan";
import { matchIdSchema } from "@/lib/validation/match";

// The placement board: one page of a municipality's (or a caseload's) placements, and one
// placement with its follow-ups and forms. The board is bounded by the page, not the
// municipality: running placements come first, the one whose next follow-up is soonest at the
// top; ended ones after, newest first. Scope: the citizen's municipality, in every `where`.

export const PIPELINE_PAGE_SIZE = 20;
/** Due follow-ups listed above the board; the rest are counted (and are at the top of the board). */
export const DUE_SHOWN = 10;

export const STAGES = {
  running: ["APPROVED", "CITIZEN_ACCEPTED", "PRAKTIK", "HIRED"],
  contact: ["APPROVED", "CITIZEN_ACCEPTED"],
  praktik: ["PRAKTIK"],
  hired: ["HIRED"],
  ended: ["ENDED"],
} as const satisfies Record<string, readonly MatchStatus[]>;
export type Stage = keyof typeof STAGES;
export const STAGE_KEYS = Object.keys(STAGES) as Stage[];
const RUNNING: MatchStatus[] = [...STAGES.running];

type BoardOptions = { mine?: boolean; stage?: Stage; page?: number };

function scope(actor: ConsultantActor): string | null {
  return actor.role === "CONSULTANT" && actor.municipalityId ? actor.municipalityId : null;
}

const mineFilter = (actor: ConsultantActor, mine: boolean) =>
  mine ? Prisma.sql`AND m."citizenId" IN (SELECT c."id" FROM "CitizenProfile" c WHERE c."consultantId" = ${actor.id})` : Prisma.empty;

const kindOf = (k: string) => k as FollowUpKind;

/** One placement on the board, and one due follow-up: what their cards show, nothing more. */
export type PipelineCardItem = {
  id: string;
  status: MatchStatus;
  endedAt: Date | null;
  opening: { title: string; employer: { name: string } };
  citizen: { id: string; user: { name: string } };
  next: { kind: FollowUpKind; dueAt: Date } | null;
};
export type DueFollowUp = { id: string; kind: FollowUpKind; dueAt: Date; matchId: string; match: { opening: { title: string }; citizen: { id: string; user: { name: string } } } };

type Board = { items: PipelineCardItem[]; total: number; page: number; pages: number; counts: Record<Stage, number> };

/**
 * One page of the board (unaudited: see pipelineView). The order needs each match's soonest open
 * follow-up: a lateral lookup on FollowUp(matchId, doneAt, dueAt) per match of the municipality.
 * The page is cut first, in the inner query, and only its 20 rows are joined to their opening,
 * company and citizen, so the whole card comes from one query.
 */
async function boardPage(actor: ConsultantActor, municipalityId: string, { mine = false, stage = "running", page = 1 }: BoardOptions): Promise<Board> {
  // Match.municipalityId is the tenant key (kept by triggers, ADR 011): one index range per municipality.
  const mineOnly = mine ? { citizen: { consultantId: actor.id } } : {};
  const grouped = await prisma.match.groupBy({ by: ["status"], where: { municipalityId, status: { in: [...RUNNING, "ENDED"] }, ...mineOnly }, _count: { _all: true } });
  const byStatus = new Map(grouped.map((g) => [g.status, g._count._all]));
  const counts = Object.fromEntries(STAGE_KEYS.map((k) => [k, STAGES[k].reduce((s, st) => s + (byStatus.get(st) ?? 0), 0)])) as Record<Stage, number>;
  const total = counts[stage];
  const { page: current, pages, offset } = pageWindow(total, PIPELINE_PAGE_SIZE, page);
  if (total === 0) return { items: [], total, page: current, pages, counts };
  const rows = await prisma.$queryRaw<{ id: string; status: MatchStatus; endedAt: Date | null; title: string; company: string; citizenId: string; name: string; nextKind: string | null; nextDueAt: Date | null }[]>`
    SELECT p."id", p."status", p."endedAt", o."title", e."name" AS "company", p."citizenId", u."name", p."nextKind", p."nextDueAt"
    FROM (
      SELECT m."id", m."status"::text AS "status", m."endedAt", m."openingId", m."citizenId", n."dueAt" AS "nextDueAt", n."kind" AS "nextKind",
        row_number() OVER (ORDER BY n."dueAt" ASC NULLS LAST, coalesce(m."endedAt", m."updatedAt") DESC, m."id") AS "ord"
      FROM "Match" m
      LEFT JOIN LATERAL (
        SELECT f."dueAt", f."kind"::text AS "kind" FROM "FollowUp" f WHERE f."matchId" = m."id" AND f."doneAt" IS NULL ORDER BY f."dueAt", f."id" LIMIT 1
      ) n ON m."status" <> 'ENDED'
      WHERE m."municipalityId" = ${municipalityId} AND m."status" = ANY(${[...STAGES[stage]]}::"MatchStatus"[]) ${mineFilter(actor, mine)}
      ORDER BY "ord" LIMIT ${PIPELINE_PAGE_SIZE} OFFSET ${offset}
    ) p
    JOIN "JobOpening" o ON o."id" = p."openingId" JOIN "Employer" e ON e."id" = o."employerId"
    JOIN "CitizenProfile" c ON c."id" = p."citizenId" JOIN "User" u ON u."id" = c."userId"
    ORDER BY p."ord"`;
  const items = rows.map((r) => ({
    id: r.id, status: r.status, endedAt: r.endedAt,
    opening: { title: r.title, employer: { name: r.company } },
    citizen: { id: r.citizenId, user: { name: r.name } },
    next: r.nextKind && r.nextDueAt ? { kind: kindOf(r.nextKind), dueAt: r.nextDueAt } : null,
  }));
  return { items, total, page: current, pages, counts };
}

/**
 * Open follow-ups due within DUE_SOON_DAYS days or overdue (unaudited: see pipelineView): the
 * `take` soonest and how many in all. Driven from the municipality's running matches (OFFSET 0
 * keeps the lateral lookup apart, so the planner cannot turn it into a walk over every follow-up
 * in the country); only the shown rows are joined to their opening and citizen.
 */
async function dueList(actor: ConsultantActor, municipalityId: string, now: Date, mine: boolean, take: number): Promise<{ items: DueFollowUp[]; total: number }> {
  const rows = await prisma.$queryRaw<{ id: string; kind: string; dueAt: Date; matchId: string; title: string; citizenId: string; name: string; total: bigint }[]>`
    SELECT d."id", d."kind", d."dueAt", d."matchId", o."title", d."citizenId", u."name", d."total"
    FROM (
      SELECT x."id", x."kind", x."dueAt", m."id" AS "matchId", m."openingId", m."citizenId", count(*) OVER () AS "total"
      FROM "Match" m
      CROSS JOIN LATERAL (
        SELECT f."id", f."kind"::text AS "kind", f."dueAt" FROM "FollowUp" f
        WHERE f."matchId" = m."id" AND f."doneAt" IS NULL AND f."dueAt" <= ${dueUntil(now)} OFFSET 0
      ) x
      WHERE m."municipalityId" = ${municipalityId} AND m."status" = ANY(${RUNNING}::"MatchStatus"[]) ${mineFilter(actor, mine)}
      ORDER BY x."dueAt", x."id" LIMIT ${take}
    ) d
    JOIN "JobOpening" o ON o."id" = d."openingId"
    JOIN "CitizenProfile" c ON c."id" = d."citizenId" JOIN "User" u ON u."id" = c."userId"
    ORDER BY d."dueAt", d."id"`;
  const items = rows.map((r) => ({
    id: r.id, kind: kindOf(r.kind), dueAt: r.dueAt, matchId: r.matchId,
    match: { opening: { title: r.title }, citizen: { id: r.citizenId, user: { name: r.name } } },
  }));
  return { items, total: Number(rows[0]?.total ?? 0) };
}

const emptyBoard = (): Board => ({ items: [], total: 0, page: 1, pages: 1, counts: Object.fromEntries(STAGE_KEYS.map((k) => [k, 0])) as Record<Stage, number> });

/** One page of the board, the number of placements in each stage, and the page's position. Audited. */
export async function listPipelinePage(actor: ConsultantActor, options: BoardOptions = {}): Promise<Board> {
  const municipalityId = scope(actor);
  if (!municipalityId) return emptyBoard();
  const board = await boardPage(actor, municipalityId, options);
  await auditProfileReads(actor, "match.pipeline", board.items.map((r) => r.citizen.id));
  return board;
}

/** The soonest `take` due follow-ups and how many there are. Names are shown, so audited. */
export async function dueFollowUps(actor: ConsultantActor, now: Date = new Date(), { mine = false, take = DUE_SHOWN }: { mine?: boolean; take?: number } = {}) {
  const municipalityId = scope(actor);
  if (!municipalityId) return { items: [], total: 0 };
  const due = await dueList(actor, municipalityId, now, mine, take);
  await auditProfileReads(actor, "match.pipeline", due.items.map((f) => f.match.citizen.id));
  return due;
}

/** The board page as the consultant sees it: due follow-ups and one page of placements, one audit row for both. */
export async function pipelineView(actor: ConsultantActor, options: BoardOptions, now: Date): Promise<{ board: Board; due: { items: DueFollowUp[]; total: number } }> {
  const municipalityId = scope(actor);
  if (!municipalityId) return { board: emptyBoard(), due: { items: [], total: 0 } };
  const [board, due] = await Promise.all([boardPage(actor, municipalityId, options), dueList(actor, municipalityId, now, options.mine ?? false, DUE_SHOWN)]);
  await auditProfileReads(actor, "match.pipeline", [...board.items.map((r) => r.citizen.id), ...due.items.map((f) => f.match.citizen.id)]);
  return { board, due };
}

const placementSelect = {
  id: true, status: true, praktikStartAt: true, praktikEndAt: true, praktikHours: true, hiredAt: true, hiredHours: true, endedAt: true, rampUpPlan: true, updatedAt: true,
  opening: { select: { title: true, employer: { select: { name: true } } } },
  citizen: { select: { id: true, consultantId: true, user: { select: { name: true } } } },
  followUps: { select: { id: true, kind: true, dueAt: true, doneAt: true, note: true }, orderBy: [{ dueAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.MatchSelect;

/** One placement (a match from approval on) with all its follow-ups; null if not the consultant's municipality's. Audited. */
export async function getPlacement(actor: ConsultantActor, matchId: string) {
  const municipalityId = scope(actor);
  // An id from the URL: anything that is not an id (a NUL byte, 10 KB) is simply not found.
  if (!municipalityId || !matchIdSchema.safeParse(matchId).success) return null;
  const row = await prisma.match.findFirst({
    where: { id: matchId, status: { in: [...RUNNING, "ENDED"] }, citizen: { municipalityId } },
    select: placementSelect,
  });
  if (!row) return null;
  await auditProfileReads(actor, "match.pipeline", [row.citizen.id]);
  const { rampUpPlan, ...rest } = row;
  return { ...rest, rampUpPlan: toRampUpPlan(rampUpPlan) };
}

export type PipelineItem = NonNullable<Awaited<ReturnType<typeof getPlacement>>>;
