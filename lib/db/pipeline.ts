import { prisma } from "./client";
import { auditProfileReads } from "./audit";
import type { ConsultantActor } from "./match-queue";
import { Prisma } from "@/generated/prisma/client";
import type { MatchStatus } from "./types";
import { dueUntil } from "./placements";
import { toRampUpPlan } from "@/lib/placement-plan";

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

const cardSelect = {
  id: true, status: true, praktikStartAt: true, praktikEndAt: true, hiredAt: true, endedAt: true,
  opening: { select: { title: true, employer: { select: { name: true } } } },
  citizen: { select: { id: true, user: { select: { name: true } } } },
  followUps: { where: { doneAt: null }, select: { kind: true, dueAt: true }, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: 1 },
} satisfies Prisma.MatchSelect;

/**
 * One page of the board, the number of placements in each stage, and the page's position. The
 * order needs each match's soonest open follow-up, so the page's ids come from one SQL query
 * (a lateral lookup on FollowUp's matchId index); the cards are then read by id.
 */
export async function listPipelinePage(actor: ConsultantActor, { mine = false, stage = "running", page = 1 }: BoardOptions = {}) {
  const municipalityId = scope(actor);
  const empty = { items: [], total: 0, page: 1, pages: 1, counts: Object.fromEntries(STAGE_KEYS.map((k) => [k, 0])) as Record<Stage, number> };
  if (!municipalityId) return empty;
  // Match.municipalityId is the tenant key (kept by triggers, ADR 011): one index range per municipality.
  const mineOnly = mine ? { citizen: { consultantId: actor.id } } : {};
  const grouped = await prisma.match.groupBy({ by: ["status"], where: { municipalityId, status: { in: [...RUNNING, "ENDED"] }, ...mineOnly }, _count: { _all: true } });
  const byStatus = new Map(grouped.map((g) => [g.status, g._count._all]));
  const counts = Object.fromEntries(STAGE_KEYS.map((k) => [k, STAGES[k].reduce((s, st) => s + (byStatus.get(st) ?? 0), 0)])) as Record<Stage, number>;
  const total = counts[stage];
  const pages = Math.max(1, Math.ceil(total / PIPELINE_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const mineSql = mine ? Prisma.sql`AND m."citizenId" IN (SELECT c."id" FROM "CitizenProfile" c WHERE c."consultantId" = ${actor.id})` : Prisma.empty;
  const ids = await prisma.$queryRaw<{ id: string }[]>`
    SELECT m."id" FROM "Match" m
    LEFT JOIN LATERAL (SELECT min(f."dueAt") AS "next" FROM "FollowUp" f WHERE f."matchId" = m."id" AND f."doneAt" IS NULL) n ON m."status" <> 'ENDED'
    WHERE m."municipalityId" = ${municipalityId} AND m."status" = ANY(${[...STAGES[stage]]}::"MatchStatus"[]) ${mineSql}
    ORDER BY n."next" ASC NULLS LAST, coalesce(m."endedAt", m."updatedAt") DESC, m."id"
    LIMIT ${PIPELINE_PAGE_SIZE} OFFSET ${(current - 1) * PIPELINE_PAGE_SIZE}`;
  const order = new Map(ids.map((r, i) => [r.id, i]));
  const rows = ids.length === 0 ? [] : await prisma.match.findMany({ where: { id: { in: ids.map((r) => r.id) }, municipalityId }, select: cardSelect });
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  await auditProfileReads(actor, "match.pipeline", rows.map((r) => r.citizen.id));
  const items = rows.map(({ followUps, ...r }) => ({ ...r, next: r.status === "ENDED" ? null : (followUps[0] ?? null) }));
  return { items, total, page: current, pages, counts };
}

export type PipelineCardItem = Awaited<ReturnType<typeof listPipelinePage>>["items"][number];

/**
 * Open follow-ups of the municipality (or caseload) due within DUE_SOON_DAYS days or overdue:
 * the `take` soonest and how many there are in all. Driven from the municipality's running
 * matches (the lateral lookup on FollowUp(matchId, doneAt, dueAt) is kept apart by OFFSET 0, so
 * the planner cannot turn it into a walk over every follow-up in the country). Names are shown,
 * so the read is audited.
 */
export async function dueFollowUps(actor: ConsultantActor, now: Date = new Date(), { mine = false, take = DUE_SHOWN }: { mine?: boolean; take?: number } = {}) {
  const municipalityId = scope(actor);
  if (!municipalityId) return { items: [], total: 0 };
  const mineSql = mine ? Prisma.sql`AND m."citizenId" IN (SELECT c."id" FROM "CitizenProfile" c WHERE c."consultantId" = ${actor.id})` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT x."id", count(*) OVER () AS "total" FROM "Match" m
    CROSS JOIN LATERAL (
      SELECT f."id", f."dueAt" FROM "FollowUp" f
      WHERE f."matchId" = m."id" AND f."doneAt" IS NULL AND f."dueAt" <= ${dueUntil(now)} OFFSET 0
    ) x
    WHERE m."municipalityId" = ${municipalityId} AND m."status" = ANY(${RUNNING}::"MatchStatus"[]) ${mineSql}
    ORDER BY x."dueAt", x."id" LIMIT ${take}`;
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const items = rows.length === 0 ? [] : await prisma.followUp.findMany({
    where: { id: { in: rows.map((r) => r.id) }, match: { municipalityId } },
    select: { id: true, kind: true, dueAt: true, note: true, matchId: true, match: { select: { opening: { select: { title: true } }, citizen: { select: { id: true, user: { select: { name: true } } } } } } },
  });
  items.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  await auditProfileReads(actor, "match.pipeline", items.map((f) => f.match.citizen.id));
  return { items, total: Number(rows[0]?.total ?? 0) };
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
  if (!municipalityId) return null;
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
