import { prisma } from "./client";
import type { Actor } from "./audit";
import { profileCompleteness } from "@/lib/profile/completeness";
import { computeResults, parseResultFigures, periodStart, type InvitationCounts, type ResultCitizen, type ResultFigures, type ResultMatch, type Results } from "@/lib/results";

type ConsultantActor = Actor & { municipalityId: string | null };

// The results dashboard is kept as one snapshot row per municipality (ADR 011). A view reads that
// row; the background job refresh-results computes it from every profile and match of the
// municipality with the pure lib/results, so the figures are exactly those of computeResults at
// the snapshot's moment. Aggregate figures only: nothing here is a profile view, so not audited.

/** Snapshots older than this are refreshed by the job even if nobody asked. */
export const RESULTS_MAX_AGE_MS = 60 * 60_000;

/** Every row the figures of one municipality are computed from (for the job, never a page view). */
export async function loadResultRows(municipalityId: string): Promise<{ citizens: ResultCitizen[]; matches: ResultMatch[] }> {
  const [profiles, matches] = await Promise.all([
    prisma.citizenProfile.findMany({
      where: { municipalityId },
      select: {
        id: true, createdAt: true, headline: true, summary: true, skills: true, wishOccupations: true, wishIndustries: true,
        openToNewField: true, postalCode: true, onboardingDoneAt: true,
        user: { select: { lastLoginAt: true } },
        _count: { select: { experience: true, education: true } },
      },
    }),
    prisma.match.findMany({
      where: { citizen: { municipalityId } },
      select: {
        citizenId: true, praktikStartAt: true, hiredAt: true, endedAt: true,
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
      citizenId: m.citizenId, praktikStartAt: m.praktikStartAt, hiredAt: m.hiredAt, endedAt: m.endedAt, approvedAt: m.events[0]?.createdAt ?? null,
    })),
  };
}

/**
 * Citizen invitations of the municipality sent in the page's period (from `since` to `now`), and
 * how many of them became a profile: accepting one creates the account and the profile in one
 * transaction (lib/db/invitations.ts), so acceptedAt is the moment the profile was made. A resent
 * invitation is the same row, so each invited person counts once. One aggregate over the
 * municipality's invitations, run by the job (never by a page view), through the
 * (municipalityId, acceptedAt) index: EXPLAIN shows a bitmap index scan on
 * Invitation_municipalityId_acceptedAt_idx and an aggregate of that municipality's rows.
 */
export async function countInvitationUptake(municipalityId: string, since: Date, now: Date): Promise<InvitationCounts> {
  const [row] = await prisma.$queryRaw<{ invited: number; withProfile: number }[]>`
    SELECT count(*)::int AS "invited", (count(*) FILTER (WHERE "acceptedAt" <= ${now}))::int AS "withProfile"
    FROM "Invitation"
    WHERE "municipalityId" = ${municipalityId} AND "role" = 'CITIZEN' AND "createdAt" >= ${since} AND "createdAt" <= ${now}`;
  return { invited: row?.invited ?? 0, withProfile: row?.withProfile ?? 0 };
}

/**
 * Computes one municipality's figures at `now` and stores them, unless a snapshot of a later
 * moment is already there (two runs at once: the newer one wins). Returns the figures.
 */
export async function refreshResultSnapshot(municipalityId: string, now: Date): Promise<Results> {
  const [rows, invitations] = await Promise.all([loadResultRows(municipalityId), countInvitationUptake(municipalityId, periodStart(now), now)]);
  const results = computeResults(rows.citizens, rows.matches, now, invitations);
  const figures: ResultFigures = {
    months: results.months, medians: results.medians, engagement: results.engagement, completion: results.completion, invitations: results.invitations,
  };
  await prisma.$executeRaw`
    INSERT INTO "ResultSnapshot" ("municipalityId", "computedAt", "figures") VALUES (${municipalityId}, ${now}, ${JSON.stringify(figures)}::jsonb)
    ON CONFLICT ("municipalityId") DO UPDATE SET "computedAt" = EXCLUDED."computedAt", "figures" = EXCLUDED."figures"
    WHERE "ResultSnapshot"."computedAt" <= EXCLUDED."computedAt"`;
  return results;
}

/** Municipalities whose snapshot is missing, older than `maxAgeMs`, or asked for since it was made. */
export async function staleResultMunicipalities(now: Date, maxAgeMs: number = RESULTS_MAX_AGE_MS): Promise<string[]> {
  // 98 municipalities: a bounded list, joined on the snapshot's primary key.
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT m."id" FROM "Municipality" m LEFT JOIN "ResultSnapshot" s ON s."municipalityId" = m."id"
    WHERE s."municipalityId" IS NULL OR s."computedAt" < ${new Date(now.getTime() - maxAgeMs)} OR s."requestedAt" > s."computedAt"
    ORDER BY s."requestedAt" DESC NULLS LAST, m."id"`;
  return rows.map((r) => r.id);
}

/**
 * Marks the consultant's municipality as wanting new figures (the job picks it up). Returns the
 * municipality id, or null for a non-consultant. No snapshot yet means the job makes one anyway.
 */
export async function markResultsRequested(actor: ConsultantActor, now: Date): Promise<string | null> {
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return null;
  await prisma.resultSnapshot.updateMany({ where: { municipalityId: actor.municipalityId }, data: { requestedAt: now } });
  return actor.municipalityId;
}

export type ResultsView = { results: Results | null; requestedAt: Date | null };

/**
 * The consultant's municipality's figures as of the last snapshot (`results.now` is its moment),
 * and whether newer ones were asked for. Null for non-consultants; `results` null before the first
 * snapshot (or if its stored shape is not understood: the job then writes a new one).
 */
export async function getResults(actor: ConsultantActor): Promise<ResultsView | null> {
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return null;
  const row = await prisma.resultSnapshot.findUnique({ where: { municipalityId: actor.municipalityId } });
  if (!row) return { results: null, requestedAt: null };
  const figures = parseResultFigures(row.figures);
  const pending = row.requestedAt && row.requestedAt > row.computedAt ? row.requestedAt : null;
  return { results: figures ? { now: row.computedAt, ...figures } : null, requestedAt: pending };
}
