import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addCaseNoteAction, handOverAction } from "@/app/(consultant)/consultant/citizens/[id]/actions";
import { proposeJobAction } from "@/app/(consultant)/consultant/citizens/[id]/propose/actions";
import { decideAction } from "@/app/(consultant)/consultant/queue/actions";
import { answerSuggestionAction } from "@/app/(citizen)/citizen/matches/actions";
import { initialActionResult, type ActionResult } from "@/lib/actions/result";
import { listCaseNotes } from "@/lib/db/case-notes";
import { prisma } from "@/lib/db/client";
import { getCitizenForProposal, listJobsToPropose } from "@/lib/db/job-proposals";
import { listHandovers } from "@/lib/db/handovers";
import { listQueue } from "@/lib/db/match-queue";
import { exportOwnData } from "@/lib/db/my-data";
import type { SessionUser } from "@/lib/db/users";
import { newRecordId } from "@/lib/auth/tokens";
import { session } from "./action-stand-ins";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// The consultant's own tools, through the server actions on a real database: propose a job (the
// citizen is asked first, her yes puts it in the queue), decide from the queue item's page, the
// journal on the citizen, and handing her over to a colleague.

vi.mock("@/lib/auth/guards", async () => (await import("./action-stand-ins")).guards);
vi.mock("next/cache", async () => (await import("./action-stand-ins")).cache);
vi.mock("next-intl/server", async () => (await import("./action-stand-ins")).danishTranslations());

const p = uniquePrefix("tools");
let w: Awaited<ReturnType<typeof build>>;

const sessionUser = (id: string): Promise<SessionUser> =>
  prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, name: true, role: true, locale: true, municipalityId: true } });

async function build() {
  const [m, other] = [await createMunicipality(prisma, p), await createMunicipality(prisma, `${p}-x`)];
  const consultant = await createConsultant(prisma, `${p}-k`, m.code);
  const colleague = await createConsultant(prisma, `${p}-k3`, m.code);
  const otherConsultant = await createConsultant(prisma, `${p}-k2`, other.code);
  const citizen = await createCitizen(prisma, `${p}-c`, m.code, consultant.email);
  await prisma.citizenProfile.update({ where: { id: citizen.id }, data: { maxCommuteKm: 15, skills: ["rengøring"], needs: { deleteMany: {} } } });
  const company = await createEmployerWithOpening(prisma, `${p}-e`, m.code);
  // Near her, but a company of another municipality: not her job centre's to propose.
  const elsewhere = await createEmployerWithOpening(prisma, `${p}-e2`, other.code);
  const job = (id: string, postalCode: string, status: "OPEN" | "CLOSED" = "OPEN") =>
    prisma.jobOpening.create({
      data: { id: `${p}-${id}`, employerId: company.employer.id, title: `${p} ${id}`, hoursMin: 4, hoursMax: 8, schedule: [], postalCode, accommodations: [], requiredSkills: ["rengøring"], status },
    });
  return {
    citizen,
    elsewhere: elsewhere.opening,
    jobs: { near: await job("naer", "2820"), second: await job("anden", "2800"), third: await job("tredje", "2830"), far: await job("fjern", "3700"), closed: await job("lukket", "2820", "CLOSED") },
    consultant: await sessionUser(consultant.id),
    colleague: await sessionUser(colleague.id),
    otherConsultant: await sessionUser(otherConsultant.id),
    citizenUser: await sessionUser(citizen.user.id),
  };
}

beforeAll(async () => {
  w = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

async function act(user: SessionUser, action: (prev: ActionResult, form: FormData) => Promise<ActionResult>, fields: Record<string, string>) {
  session.user = user;
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return action(initialActionResult, form);
}

const propose = (user: SessionUser, openingId: string, profileId = w.citizen.id) => act(user, proposeJobAction, { profileId, openingId });
const matchOf = (openingId: string) => prisma.match.findUniqueOrThrow({ where: { openingId_citizenId: { openingId, citizenId: w.citizen.id } }, include: { events: true } });
const queueIds = async () => (await listQueue(w.consultant)).items.map((i) => i.id);

describe("proposing a job to a citizen", () => {
  it("offers open jobs within her commute, searchable, and only to her municipality's consultants", async () => {
    expect(await getCitizenForProposal(w.otherConsultant, w.citizen.id)).toBeNull();
    const citizen = (await getCitizenForProposal(w.consultant, w.citizen.id))!;
    const ids = (await listJobsToPropose(citizen.candidate, { q: p })).items.map((j) => j.id);
    expect(ids).toEqual(expect.arrayContaining([w.jobs.near.id, w.jobs.second.id]));
    expect(ids).not.toContain(w.jobs.far.id);
    expect(ids).not.toContain(w.jobs.closed.id);
    expect(ids).not.toContain(w.elsewhere.id);
    expect((await listJobsToPropose(citizen.candidate, { q: `${p} anden` })).items.map((j) => j.id)).toEqual([w.jobs.second.id]);
  });

  it("asks the citizen first (SUGGESTED, her notification), once however often it is submitted, and not through the queue", async () => {
    expect(await propose(w.consultant, w.jobs.near.id)).toMatchObject({ ok: true, message: expect.stringContaining("foreslået") });
    expect(await propose(w.consultant, w.jobs.near.id)).toMatchObject({ ok: true, message: expect.stringContaining("allerede") });
    const match = await matchOf(w.jobs.near.id);
    expect(match).toMatchObject({ status: "SUGGESTED", origin: "CONSULTANT" });
    expect(match.events).toHaveLength(1);
    const notes = await prisma.notification.findMany({ where: { matchId: match.id } });
    expect(notes).toEqual([expect.objectContaining({ userId: w.citizen.user.id, type: "MATCH_STATUS", data: expect.objectContaining({ status: "SUGGESTED" }) })]);
    expect(await queueIds()).not.toContain(match.id);
  });

  it("re-checks the job: closed, out of reach, another municipality's company, or a citizen of another municipality is refused", async () => {
    expect(await propose(w.consultant, w.jobs.closed.id)).toMatchObject({ ok: false, formError: expect.stringContaining("ikke længere ledigt") });
    expect(await propose(w.consultant, w.jobs.far.id)).toMatchObject({ ok: false, formError: expect.stringContaining("for langt væk") });
    expect(await propose(w.consultant, w.elsewhere.id)).toMatchObject({ ok: false, formError: expect.stringContaining("uden for kommunen") });
    expect(await propose(w.otherConsultant, w.jobs.second.id)).toMatchObject({ ok: false, formError: expect.stringContaining("kunne ikke finde") });
    expect(await prisma.match.count({ where: { citizenId: w.citizen.id, openingId: { in: [w.jobs.closed.id, w.jobs.far.id, w.jobs.second.id, w.elsewhere.id] } } })).toBe(0);
  });

  it("puts the match in the consultant's queue when she says she is interested, and closes it when she says no", async () => {
    const match = await matchOf(w.jobs.near.id);
    expect(await act(w.citizenUser, answerSuggestionAction, { matchId: match.id, answer: "yes" })).toMatchObject({ ok: true });
    expect(await act(w.citizenUser, answerSuggestionAction, { matchId: match.id, answer: "no" })).toMatchObject({ ok: false });
    expect((await matchOf(w.jobs.near.id)).status).toBe("PROPOSED");
    expect(await queueIds()).toContain(match.id);
    expect(await prisma.notification.count({ where: { matchId: match.id, userId: w.consultant.id, type: "CITIZEN_INTEREST" } })).toBe(1);

    await propose(w.consultant, w.jobs.third.id);
    const declined = await matchOf(w.jobs.third.id);
    expect(await act(w.citizenUser, answerSuggestionAction, { matchId: declined.id, answer: "no" })).toMatchObject({ ok: true });
    expect((await matchOf(w.jobs.third.id)).status).toBe("CITIZEN_DECLINED");
    expect(await queueIds()).not.toContain(declined.id);
  });
});

describe("deciding from the queue item's own page", () => {
  it("approves with both notes or rejects with a reason through the queue's action, for her municipality only", async () => {
    const approved = await matchOf(w.jobs.near.id);
    const approve = { matchId: approved.id, decision: "approve", citizenMessage: "Godt match", employerMessage: "Hun kan starte mandag" };
    expect(await act(w.otherConsultant, decideAction, approve)).toMatchObject({ ok: false });
    expect(await act(w.consultant, decideAction, approve)).toMatchObject({ ok: true });
    expect(await matchOf(w.jobs.near.id)).toMatchObject({ status: "APPROVED", decisionNote: "Godt match", employerNoteOnConsent: "Hun kan starte mandag" });

    await propose(w.consultant, w.jobs.second.id);
    const second = await matchOf(w.jobs.second.id);
    await act(w.citizenUser, answerSuggestionAction, { matchId: second.id, answer: "yes" });
    expect(await act(w.consultant, decideAction, { matchId: second.id, decision: "reject", reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(String) } });
    expect(await act(w.consultant, decideAction, { matchId: second.id, decision: "reject", reason: "For mange timer" })).toMatchObject({ ok: true });
    expect(await matchOf(w.jobs.second.id)).toMatchObject({ status: "REJECTED", decisionNote: "For mange timer" });
  });
});

describe("the journal", () => {
  const note = (user: SessionUser, id: string, body: string, profileId = w.citizen.id) => act(user, addCaseNoteAction, { profileId, id, body });

  it("keeps one note per form however often it is submitted, newest first with author and time", async () => {
    const id = newRecordId(w.consultant.id);
    expect(await note(w.consultant, id, "Første samtale")).toMatchObject({ ok: true, message: "Noten er gemt." });
    expect(await note(w.consultant, id, "Første samtale")).toMatchObject({ ok: true, message: "Noten var allerede gemt." });
    expect(await note(w.colleague, newRecordId(w.colleague.id), "Rettelse: anden samtale")).toMatchObject({ ok: true });
    expect(await note(w.consultant, newRecordId(w.consultant.id), "  ")).toMatchObject({ ok: false, fieldErrors: { body: expect.any(String) } });
    const page = (await listCaseNotes(w.consultant, w.citizen.id))!;
    expect(page.notes.map((n) => [n.body, n.authorName])).toEqual([["Rettelse: anden samtale", w.colleague.name], ["Første samtale", w.consultant.name]]);
  });

  it("is closed to another municipality's consultant and to an id the form did not give", async () => {
    expect(await listCaseNotes(w.otherConsultant, w.citizen.id)).toBeNull();
    expect(await note(w.otherConsultant, newRecordId(w.otherConsultant.id), "Hej")).toMatchObject({ ok: false });
    expect(await note(w.consultant, "chosen-id", "Hej")).toMatchObject({ ok: false });
    expect(await prisma.caseNote.count({ where: { citizenId: w.citizen.id } })).toBe(2);
  });

  it("audits every read, refuses edits, and is in the citizen's own export", async () => {
    const before = await prisma.auditEvent.count({ where: { action: "citizen.case-notes", subjectId: w.citizen.id, actorId: w.consultant.id } });
    await listCaseNotes(w.consultant, w.citizen.id);
    expect(await prisma.auditEvent.count({ where: { action: "citizen.case-notes", subjectId: w.citizen.id, actorId: w.consultant.id } })).toBe(before + 1);
    await expect(prisma.caseNote.updateMany({ where: { citizenId: w.citizen.id }, data: { body: "ændret" } })).rejects.toThrow();
    const exported = (await exportOwnData(w.citizenUser, new Date()))!;
    expect(exported.caseNotes.map((n) => n.body)).toEqual(["Første samtale", "Rettelse: anden samtale"]);
  });
});

describe("handing a citizen over", () => {
  const handOver = (user: SessionUser, toId: string, fromId: string) => act(user, handOverAction, { profileId: w.citizen.id, toId, fromId });
  const consultantOf = async () => (await prisma.citizenProfile.findUniqueOrThrow({ where: { id: w.citizen.id } })).consultantId;

  it("goes only to a colleague of the same municipality, and only by one of its consultants", async () => {
    expect(await handOver(w.consultant, w.otherConsultant.id, w.consultant.id)).toMatchObject({ ok: false, fieldErrors: { toId: expect.any(String) } });
    expect(await handOver(w.otherConsultant, w.otherConsultant.id, w.consultant.id)).toMatchObject({ ok: false, formError: expect.any(String) });
    expect(await handOver(w.consultant, w.citizenUser.id, w.consultant.id)).toMatchObject({ ok: false, fieldErrors: { toId: expect.any(String) } });
    expect(await consultantOf()).toBe(w.consultant.id);
    expect(await listHandovers(w.otherConsultant, w.citizen.id)).toEqual([]);
  });

  it("changes her consultant once, tells the new one, audits it and keeps the history", async () => {
    expect(await handOver(w.consultant, w.colleague.id, w.consultant.id)).toMatchObject({ ok: true, message: expect.stringContaining("givet videre") });
    expect(await handOver(w.consultant, w.colleague.id, w.consultant.id)).toMatchObject({ ok: true, message: expect.stringContaining("allerede") });
    expect(await consultantOf()).toBe(w.colleague.id);
    expect(await prisma.notification.count({ where: { userId: w.colleague.id, type: "CITIZEN_HANDED_OVER" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "citizen.handover", subjectId: w.citizen.id } })).toBe(1);
    expect(await listHandovers(w.consultant, w.citizen.id)).toEqual([expect.objectContaining({ from: w.consultant.name, to: w.colleague.name, by: w.consultant.name })]);
  });

  it("does not overwrite a colleague's handover made since the form was shown", async () => {
    expect(await handOver(w.consultant, w.consultant.id, w.consultant.id)).toMatchObject({ ok: false, formError: expect.stringContaining("imens") });
    expect(await consultantOf()).toBe(w.colleague.id);
  });
});
