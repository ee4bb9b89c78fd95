import { prisma } from "./client";
import type { ConsultantActor } from "./match-queue";
import { emailAfterCommit, insertNotifications, type CreatedRow, type NotificationInput } from "./notifications";
import type { MatchStatus, Prisma } from "./types";
import type { FollowUpKind } from "@/generated/prisma/enums";
import { DUE_SOON_DAYS, addDays, praktikFollowUpDates, retentionFollowUpDates, type RampUpStep } from "@/lib/placements/plan";
import type { AddFollowUpInput, EndInput, HireInput, StartPraktikInput } from "@/lib/validation/placement";

// The placement pipeline after a consultant approved a match: contact → praktik → hired → ended,
// with follow-ups. Every change is a conditional update on the status just expected, so a double
// click or two consultants at once change the match once. Scope: the citizen's municipality.
// Praktik starts only after the citizen said yes (CITIZEN_ACCEPTED): the citizen's consent is what
// reveals them to the employer, so a consultant cannot skip it. An ENDED match's open follow-ups
// stay visible but are never due and never reminded.

export type PlacementOutcome = "ok" | "wrong_status" | "not_found";
export type FollowUpKindName = FollowUpKind;

export const PIPELINE: MatchStatus[] = ["APPROVED", "CITIZEN_ACCEPTED", "PRAKTIK", "HIRED", "ENDED"];
const ACTIVE: MatchStatus[] = ["APPROVED", "CITIZEN_ACCEPTED", "PRAKTIK", "HIRED"];

const scoped = (actor: ConsultantActor, matchId: string) =>
  actor.role === "CONSULTANT" && actor.municipalityId ? { id: matchId, citizen: { municipalityId: actor.municipalityId } } : null;

type Change = { data: Record<string, unknown>; followUps?: { kind: FollowUpKind; dueAt: Date }[]; note?: string | null };

/** Moves a match from one of `from` to `to` in one transaction; notifies citizen and employer. */
async function transition(actor: ConsultantActor, matchId: string, from: MatchStatus[], to: MatchStatus, change: Change, now: Date): Promise<PlacementOutcome> {
  const scope = scoped(actor, matchId);
  if (!scope) return "not_found";
  const current = await prisma.match.findFirst({ where: scope, select: { status: true, citizenId: true } });
  if (!current) return "not_found";
  if (!from.includes(current.status)) return "wrong_status";
  const fromStatus = current.status;
  const won = await prisma.$transaction(async (tx) => {
    const { count } = await tx.match.updateMany({ where: { ...scope, status: fromStatus }, data: { ...change.data, status: to, updatedAt: now } });
    if (count === 0) return null;
    await tx.matchEvent.create({ data: { matchId, fromStatus, toStatus: to, actorId: actor.id, note: change.note ?? null, createdAt: now } });
    if (change.followUps?.length) {
      await tx.followUp.createMany({ data: change.followUps.map((f) => ({ matchId, kind: f.kind, dueAt: f.dueAt, createdById: actor.id, createdAt: now })) });
    }
    if (to === "HIRED") await tx.citizenProfile.update({ where: { id: current.citizenId }, data: { status: "PLACED" } });
    if (to === "ENDED") {
      // Back to seeking only if no other match keeps the citizen hired.
      const stillHired = await tx.match.count({ where: { citizenId: current.citizenId, status: "HIRED", id: { not: matchId } } });
      if (stillHired === 0) await tx.citizenProfile.updateMany({ where: { id: current.citizenId, status: "PLACED" }, data: { status: "SEEKING" } });
    }
    // The notifications commit with the change (a transactional outbox).
    return statusNotifications(tx, matchId, to);
  });
  if (!won) return "wrong_status";
  await emailAfterCommit(won);
  return "ok";
}

async function statusNotifications(tx: Prisma.TransactionClient, matchId: string, status: MatchStatus): Promise<CreatedRow[]> {
  const m = await tx.match.findUniqueOrThrow({
    where: { id: matchId },
    select: { citizen: { select: { userId: true } }, opening: { select: { id: true, title: true, employer: { select: { members: { select: { userId: true } } } } } } },
  });
  const base = { matchId, openingId: m.opening.id, type: "MATCH_STATUS" as const, data: { openingTitle: m.opening.title, status } };
  return insertNotifications(tx, [{ ...base, userId: m.citizen.userId }, ...m.opening.employer.members.map((e) => ({ ...base, userId: e.userId }))]);
}

export function startPraktik(actor: ConsultantActor, matchId: string, input: StartPraktikInput, now: Date = new Date()) {
  const { halfway, end } = praktikFollowUpDates(input.startAt, input.endAt);
  return transition(actor, matchId, ["CITIZEN_ACCEPTED"], "PRAKTIK", {
    data: { praktikStartAt: input.startAt, praktikEndAt: input.endAt, praktikHours: input.hoursPerWeek, ...(input.rampUpPlan ? { rampUpPlan: input.rampUpPlan } : {}) },
    followUps: [{ kind: "PRAKTIK_HALFWAY", dueAt: halfway }, { kind: "PRAKTIK_END", dueAt: end }],
  }, now);
}

/** Hire after a praktik, or directly after the citizen said yes. */
export function hire(actor: ConsultantActor, matchId: string, input: HireInput, now: Date = new Date()) {
  const { m1, m3, m6 } = retentionFollowUpDates(input.startAt);
  return transition(actor, matchId, ["PRAKTIK", "CITIZEN_ACCEPTED"], "HIRED", {
    data: { hiredAt: input.startAt, hiredHours: input.hoursPerWeek, ...(input.rampUpPlan ? { rampUpPlan: input.rampUpPlan } : {}) },
    followUps: [{ kind: "RETENTION_1M", dueAt: m1 }, { kind: "RETENTION_3M", dueAt: m3 }, { kind: "RETENTION_6M", dueAt: m6 }],
  }, now);
}

/** Ends a praktik or an employment; the reason is kept in the match's history. */
export function endPlacement(actor: ConsultantActor, matchId: string, input: EndInput, now: Date = new Date()) {
  return transition(actor, matchId, ["PRAKTIK", "HIRED"], "ENDED", { data: { endedAt: now }, note: input.reason }, now);
}

/** Sets (or with null, clears) the gradual-start plan of a match that is not ended. */
export async function setRampUpPlan(actor: ConsultantActor, matchId: string, plan: RampUpStep[] | null): Promise<boolean> {
  const scope = scoped(actor, matchId);
  if (!scope) return false;
  const { count } = await prisma.match.updateMany({ where: { ...scope, status: { in: ["CITIZEN_ACCEPTED", "PRAKTIK", "HIRED"] } }, data: { rampUpPlan: plan ?? [] } });
  return count > 0;
}

/** A follow-up of the consultant's own choosing on an active match. */
export async function addFollowUp(actor: ConsultantActor, matchId: string, input: AddFollowUpInput, now: Date = new Date()): Promise<boolean> {
  const scope = scoped(actor, matchId);
  if (!scope) return false;
  const match = await prisma.match.findFirst({ where: { ...scope, status: { in: ACTIVE } }, select: { id: true } });
  if (!match) return false;
  await prisma.followUp.create({ data: { matchId, kind: "OTHER", dueAt: input.dueAt, note: input.note, createdById: actor.id, createdAt: now } });
  return true;
}

/** Marks a follow-up done with what came out of it (added after any note it already had). */
export async function completeFollowUp(actor: ConsultantActor, followUpId: string, { note }: { note: string | null }, now: Date = new Date()): Promise<boolean> {
  if (actor.role !== "CONSULTANT" || !actor.municipalityId) return false;
  const where = { id: followUpId, doneAt: null, match: { citizen: { municipalityId: actor.municipalityId } } };
  const current = await prisma.followUp.findFirst({ where, select: { note: true } });
  if (!current) return false;
  const merged = [current.note, note].filter(Boolean).join("\n\n") || null;
  const { count } = await prisma.followUp.updateMany({ where, data: { doneAt: now, note: merged } });
  return count > 0;
}

/** Follow-ups due up to this moment are "due": within DUE_SOON_DAYS days, or overdue. */
export const dueUntil = (now: Date) => addDays(now, DUE_SOON_DAYS);
/** Open follow-ups of running placements that are due. */
const dueWhere = (now: Date) => ({ doneAt: null, dueAt: { lte: dueUntil(now) }, match: { status: { in: ACTIVE } } });

/**
 * For a background job: one reminder per follow-up that is due soon, to the citizen's consultant.
 * The claim (remindedAt) and the notification are one transaction, so parallel runs send it once
 * and a failed insert leaves the follow-up unclaimed for the next run; the error is thrown, so
 * the job fails, is logged and retried. The text is FOLLOW_UP_DUE { openingTitle, alias,
 * followUpKind, dueAt }, in the consultant's words. Citizens without a consultant are skipped and
 * reminded once one is assigned. Returns how many were sent.
 */
export async function sendFollowUpReminders(now: Date = new Date()): Promise<number> {
  const base = dueWhere(now);
  const rows = await prisma.followUp.findMany({
    where: { ...base, remindedAt: null, match: { ...base.match, citizen: { consultantId: { not: null } } } },
    select: { id: true, kind: true, dueAt: true, matchId: true, match: { select: { opening: { select: { id: true, title: true } }, citizen: { select: { consultantId: true, alias: true } } } } },
  });
  const sent: CreatedRow[] = [];
  for (const f of rows) {
    const consultantId = f.match.citizen.consultantId;
    if (!consultantId) continue;
    const item: NotificationInput = {
      userId: consultantId, type: "FOLLOW_UP_DUE", matchId: f.matchId, openingId: f.match.opening.id,
      data: { openingTitle: f.match.opening.title, alias: f.match.citizen.alias, followUpKind: f.kind, dueAt: f.dueAt.toISOString() },
    };
    const created = await prisma.$transaction(async (tx) => {
      const { count } = await tx.followUp.updateMany({ where: { id: f.id, remindedAt: null }, data: { remindedAt: now } });
      return count === 0 ? [] : insertNotifications(tx, [item]);
    });
    sent.push(...created);
  }
  await emailAfterCommit(sent);
  return sent.length;
}
