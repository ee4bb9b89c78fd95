import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { dueFollowUps as dueFollowUpsPage, getPlacement, listPipelinePage, PIPELINE_PAGE_SIZE, pipelineView, type Stage } from "@/lib/db/pipeline";
import {
  addFollowUp, completeFollowUp, endPlacement, hire, sendFollowUpReminders, setRampUpPlan, startPraktik,
} from "@/lib/db/placements";
import { parseDay } from "@/lib/placements/plan";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const p = uniquePrefix("pl");
const d = (s: string) => parseDay(s)!;
const now = new Date("2030-04-01T09:00:00Z");
const plan = [{ weeks: 4, sessions: 2, hoursPerSession: 2 }, { weeks: null, sessions: 3, hoursPerSession: 3 }];
let w: Awaited<ReturnType<typeof build>>;
type Actor = Parameters<typeof listPipelinePage>[0];
const listPipeline = async (a: Actor, o: { mine?: boolean; stage?: Stage } = {}) => (await listPipelinePage(a, o)).items;
const dueFollowUps = async (a: Actor, at: Date, o: { mine?: boolean } = {}) => (await dueFollowUpsPage(a, at, o)).items;

const actor = (id: string) => prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, municipalityId: true } });
const statusOf = async (id: string) => (await prisma.match.findUniqueOrThrow({ where: { id } })).status;
const followUps = (matchId: string) => prisma.followUp.findMany({ where: { matchId }, orderBy: { dueAt: "asc" } });

async function build() {
  const m = await createMunicipality(prisma, p);
  const other = await createMunicipality(prisma, `${p}-x`);
  const k1 = await createConsultant(prisma, `${p}-k1`, m.code);
  const k2 = await createConsultant(prisma, `${p}-k2`, m.code);
  const stranger = await createConsultant(prisma, `${p}-k3`, other.code);
  const a = await createCitizen(prisma, `${p}-a`, m.code, k1.email);
  const b = await createCitizen(prisma, `${p}-b`, m.code, k2.email);
  const company = await createEmployerWithOpening(prisma, `${p}-e`, m.code);
  const match = (citizenId: string, status: "APPROVED" | "CITIZEN_ACCEPTED") =>
    prisma.match.create({ data: { openingId: company.opening.id, citizenId, status, origin: "EMPLOYER" } });
  return {
    k1: await actor(k1.id), k2: await actor(k2.id), stranger: await actor(stranger.id), a, b, company,
    ma: await match(a.id, "CITIZEN_ACCEPTED"), mb: await match(b.id, "APPROVED"),
  };
}

beforeAll(async () => {
  w = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

const praktik = { startAt: d("2030-04-07"), endAt: d("2030-05-05"), hoursPerWeek: 10, rampUpPlan: plan };

describe("the placement pipeline", () => {
  it("refuses another municipality's match and a match still waiting for the citizen", async () => {
    expect(await startPraktik(w.stranger, w.ma.id, praktik, now)).toBe("not_found");
    expect(await hire(w.stranger, w.ma.id, { startAt: d("2030-04-07"), hoursPerWeek: 10, rampUpPlan: null }, now)).toBe("not_found");
    expect(await addFollowUp(w.stranger, w.ma.id, { dueAt: d("2030-04-02"), note: "x" }, now)).toBe(false);
    expect(await setRampUpPlan(w.stranger, w.ma.id, plan)).toBe(false);
    expect(await startPraktik({ ...w.k1, role: "EMPLOYER" }, w.ma.id, praktik, now)).toBe("not_found");
    expect(await startPraktik(w.k1, w.mb.id, praktik, now)).toBe("wrong_status");
    expect(await endPlacement(w.k1, w.ma.id, { reason: "x" }, now)).toBe("wrong_status");
    expect(await statusOf(w.ma.id)).toBe("CITIZEN_ACCEPTED");
    expect(await statusOf(w.mb.id)).toBe("APPROVED");
    expect(await prisma.followUp.count({ where: { matchId: { in: [w.ma.id, w.mb.id] } } })).toBe(0);
    expect((await listPipeline(w.stranger)).some((i) => i.id === w.ma.id)).toBe(false);
  });

  it("starts a praktik with follow-ups halfway and at the end, once, and tells citizen and employer", async () => {
    expect(await startPraktik(w.k2, w.ma.id, praktik, now)).toBe("ok");
    expect(await startPraktik(w.k2, w.ma.id, praktik, now)).toBe("wrong_status");
    const m = await prisma.match.findUniqueOrThrow({ where: { id: w.ma.id } });
    expect(m).toMatchObject({ status: "PRAKTIK", praktikStartAt: praktik.startAt, praktikEndAt: praktik.endAt, praktikHours: 10, rampUpPlan: plan });
    expect((await followUps(w.ma.id)).map((f) => [f.kind, f.dueAt])).toEqual([["PRAKTIK_HALFWAY", d("2030-04-21")], ["PRAKTIK_END", d("2030-05-05")]]);
    expect(await prisma.matchEvent.count({ where: { matchId: w.ma.id, toStatus: "PRAKTIK", actorId: w.k2.id } })).toBe(1);
    const notes = await prisma.notification.findMany({ where: { matchId: w.ma.id, type: "MATCH_STATUS" } });
    expect(notes.map((n) => n.userId).sort()).toEqual([w.a.user.id, w.company.member.id].sort());
    expect(notes[0]?.data).toEqual({ openingTitle: w.company.opening.title, status: "PRAKTIK" });
  });

  it("lists the pipeline with the plan, filtered to the caseload on request, and audits the read", async () => {
    const all = await listPipeline(w.k2);
    expect(all.find((i) => i.id === w.ma.id)).toMatchObject({ status: "PRAKTIK", next: { kind: "PRAKTIK_HALFWAY" }, citizen: { user: { name: w.a.user.name } } });
    expect(await getPlacement(w.k2, w.ma.id)).toMatchObject({ status: "PRAKTIK", rampUpPlan: plan });
    expect(await getPlacement(w.stranger, w.ma.id)).toBeNull();
    expect(await getPlacement(w.k2, `${w.ma.id}\u0000`)).toBeNull();
    expect(await getPlacement(w.k2, "x".repeat(10_000))).toBeNull();
    expect(all.some((i) => i.id === w.mb.id)).toBe(true);
    const mine = await listPipeline(w.k2, { mine: true });
    expect(mine.map((i) => i.id)).toEqual([w.mb.id]);
    expect(await prisma.auditEvent.count({ where: { actorId: w.k2.id, action: "match.pipeline", subjectIds: { has: w.a.id } } })).toBeGreaterThan(0);
  });

  it("highlights follow-ups due within three days and reminds the citizen's consultant once", async () => {
    const late = new Date("2030-04-19T09:00:00Z");
    expect((await dueFollowUps(w.k1, now)).some((f) => f.matchId === w.ma.id)).toBe(false);
    expect((await dueFollowUps(w.k1, late)).filter((f) => f.matchId === w.ma.id).map((f) => f.kind)).toEqual(["PRAKTIK_HALFWAY"]);
    expect((await dueFollowUps(w.k2, late, { mine: true })).some((f) => f.matchId === w.ma.id)).toBe(false);
    expect(await dueFollowUps(w.stranger, late)).toEqual([]);
    expect((await dueFollowUpsPage(w.k1, late, { take: 1 })).total).toBeGreaterThanOrEqual(1);
    const before = await prisma.notification.count({ where: { userId: w.k1.id } });
    expect(await sendFollowUpReminders(late)).toBeGreaterThanOrEqual(1);
    await sendFollowUpReminders(late);
    const reminders = await prisma.notification.findMany({ where: { userId: w.k1.id, matchId: w.ma.id } });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ type: "FOLLOW_UP_DUE", data: { openingTitle: w.company.opening.title, followUpKind: "PRAKTIK_HALFWAY" } });
    expect(await prisma.notification.count({ where: { userId: w.k1.id } })).toBe(before + 1);
  });

  it("completes a follow-up once with a note, and adds the consultant's own", async () => {
    const [halfway] = await followUps(w.ma.id);
    expect(await completeFollowUp(w.stranger, halfway!.id, { note: "x" }, now)).toBe(false);
    expect(await completeFollowUp(w.k1, halfway!.id, { note: "Går godt" }, now)).toBe(true);
    expect(await completeFollowUp(w.k1, halfway!.id, { note: "igen" }, now)).toBe(false);
    expect(await prisma.followUp.findUniqueOrThrow({ where: { id: halfway!.id } })).toMatchObject({ doneAt: now, note: "Går godt" });
    expect(await addFollowUp(w.k1, w.ma.id, { dueAt: d("2030-04-10"), note: "Ring til lederen" }, now)).toBe(true);
    expect(await prisma.followUp.findFirst({ where: { matchId: w.ma.id, kind: "OTHER" } })).toMatchObject({ dueAt: d("2030-04-10"), note: "Ring til lederen", createdById: w.k1.id });
    expect(await setRampUpPlan(w.k1, w.ma.id, [plan[1]!])).toBe(true);
  });

  it("hires with retention check-ins at 1, 3 and 6 months and marks the citizen placed", async () => {
    const start = d("2030-05-31");
    expect(await hire(w.k1, w.ma.id, { startAt: start, hoursPerWeek: 12.5, rampUpPlan: null }, now)).toBe("ok");
    expect(await hire(w.k1, w.ma.id, { startAt: start, hoursPerWeek: 12.5, rampUpPlan: null }, now)).toBe("wrong_status");
    expect(await prisma.match.findUniqueOrThrow({ where: { id: w.ma.id } })).toMatchObject({ status: "HIRED", hiredAt: start, hiredHours: 12.5, rampUpPlan: [plan[1]] });
    const retention = (await followUps(w.ma.id)).filter((f) => f.kind.startsWith("RETENTION"));
    expect(retention.map((f) => [f.kind, f.dueAt])).toEqual([["RETENTION_1M", d("2030-06-30")], ["RETENTION_3M", d("2030-08-31")], ["RETENTION_6M", d("2030-11-30")]]);
    expect((await prisma.citizenProfile.findUniqueOrThrow({ where: { id: w.a.id } })).status).toBe("PLACED");
  });

  it("ends the employment with a reason; open follow-ups are no longer due and the citizen seeks again", async () => {
    const later = new Date("2030-06-29T09:00:00Z");
    expect((await dueFollowUps(w.k1, later)).some((f) => f.matchId === w.ma.id)).toBe(true);
    expect(await endPlacement(w.k1, w.ma.id, { reason: "Arbejdspladsen lukker" }, later)).toBe("ok");
    expect(await endPlacement(w.k1, w.ma.id, { reason: "igen" }, later)).toBe("wrong_status");
    expect(await prisma.match.findUniqueOrThrow({ where: { id: w.ma.id } })).toMatchObject({ status: "ENDED", endedAt: later });
    expect(await prisma.matchEvent.findFirst({ where: { matchId: w.ma.id, toStatus: "ENDED" } })).toMatchObject({ fromStatus: "HIRED", note: "Arbejdspladsen lukker" });
    expect((await prisma.citizenProfile.findUniqueOrThrow({ where: { id: w.a.id } })).status).toBe("SEEKING");
    expect((await dueFollowUps(w.k1, later)).some((f) => f.matchId === w.ma.id)).toBe(false);
    await sendFollowUpReminders(later);
    expect(await prisma.notification.count({ where: { userId: w.k1.id, matchId: w.ma.id } })).toBe(1);
    expect(await addFollowUp(w.k1, w.ma.id, { dueAt: d("2030-07-01"), note: "x" }, later)).toBe(false);
    expect(await hire(w.k1, w.ma.id, { startAt: d("2030-07-01"), hoursPerWeek: 10, rampUpPlan: null }, later)).toBe("wrong_status");
    expect((await listPipeline(w.k1, { stage: "ended" })).find((i) => i.id === w.ma.id)).toMatchObject({ status: "ENDED", next: null });
    expect((await listPipeline(w.k1)).some((i) => i.id === w.ma.id)).toBe(false);
  });
});

describe("the placement board at scale", () => {
  // 45 running placements in one municipality: three pages of 20, the soonest follow-up first,
  // and one audit row per page view, whatever the page shows.
  const q = uniquePrefix("plb");
  let k: Actor;
  const dueOf = new Map<string, Date>();

  beforeAll(async () => {
    const m = await createMunicipality(prisma, q);
    const consultant = await createConsultant(prisma, `${q}-k`, m.code);
    k = await actor(consultant.id);
    const { opening } = await createEmployerWithOpening(prisma, `${q}-e`, m.code);
    for (let i = 0; i < 45; i++) {
      const c = await createCitizen(prisma, `${q}-c${i}`, m.code);
      // Every third has no open follow-up: those go after the ones that have one.
      const due = i % 3 === 0 ? null : new Date(Date.UTC(2030, 0, 1 + ((i * 7) % 40)));
      const match = await prisma.match.create({
        data: { openingId: opening.id, citizenId: c.id, status: "PRAKTIK", followUps: due ? { create: [{ kind: "OTHER", dueAt: due }, { kind: "OTHER", dueAt: new Date(due.getTime() + 86_400_000 * 90) }] } : undefined },
      });
      if (due) dueOf.set(match.id, due);
    }
  });

  it("pages the running placements, soonest follow-up first, with counts per stage", async () => {
    const pages = [await listPipelinePage(k, { page: 1 }), await listPipelinePage(k, { page: 2 }), await listPipelinePage(k, { page: 3 })];
    expect(pages.map((pg) => pg.items.length)).toEqual([PIPELINE_PAGE_SIZE, PIPELINE_PAGE_SIZE, 5]);
    expect(pages[0]!).toMatchObject({ total: 45, pages: 3, counts: { running: 45, praktik: 45, contact: 0, hired: 0, ended: 0 } });
    const ids = pages.flatMap((pg) => pg.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(45);
    const dues = ids.map((id) => dueOf.get(id)?.getTime() ?? Infinity);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(pages[0]!.items[0]!.next?.dueAt).toEqual(new Date(Math.min(...[...dueOf.values()].map((x) => x.getTime()))));
    expect((await listPipelinePage(k, { page: 99 })).page).toBe(3);
  });

  it("writes one audit row per board view, with every citizen the board and the due list showed", async () => {
    const before = await prisma.auditEvent.count({ where: { actorId: k.id } });
    const { board, due } = await pipelineView(k, { page: 1 }, new Date("2030-01-20T09:00:00Z"));
    expect(due.total).toBeGreaterThan(0);
    expect(await prisma.auditEvent.count({ where: { actorId: k.id } })).toBe(before + 1);
    const [row] = await prisma.auditEvent.findMany({ where: { actorId: k.id }, orderBy: { createdAt: "desc" }, take: 1 });
    const shown = new Set([...board.items.map((i) => i.citizen.id), ...due.items.map((f) => f.match.citizen.id)]);
    expect(new Set(row!.subjectIds)).toEqual(shown);
    expect(row!.subjectIds.length).toBeGreaterThanOrEqual(PIPELINE_PAGE_SIZE);
  });
});
