import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/types";
import { getJobForCitizen } from "@/lib/db/citizen-jobs";
import { allRankedJobs } from "./all-ranked-jobs";
import { answerContactRequest, expressInterest, getRevealedIdentity, listOwnMatches } from "@/lib/db/citizen-matches";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const p = uniquePrefix("cjm");
const now = new Date("2030-03-01T09:00:00Z");
const actor = (u: { id: string; role: Role }) => ({ id: u.id, role: u.role });
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const m = await createMunicipality(prisma, p);
  const consultant = await createConsultant(prisma, p, m.code);
  const citizenA = await createCitizen(prisma, `${p}-a`, m.code, consultant.email);
  const citizenB = await createCitizen(prisma, `${p}-b`, m.code, consultant.email);
  // Known profiles, so eligibility does not depend on the factory's random values.
  for (const c of [citizenA, citizenB]) {
    await prisma.citizenProfile.update({
      where: { id: c.id },
      data: { hoursMin: 5, hoursMax: 8, availability: [], postalCode: "2820", maxCommuteKm: null, needs: { deleteMany: {} } },
    });
  }
  await prisma.user.update({ where: { id: citizenA.user.id }, data: { phone: "+45 12 34 56 78" } });
  const one = await createEmployerWithOpening(prisma, `${p}-e1`, m.code);
  const two = await createEmployerWithOpening(prisma, `${p}-e2`, m.code);
  const opening = (id: string, data: { hoursMin?: number; hoursMax?: number; status?: "OPEN" | "DRAFT" | "CLOSED" }) =>
    prisma.jobOpening.create({
      data: { id: `${p}-${id}`, employerId: one.employer.id, title: `${p} ${id}`, hoursMin: 4, hoursMax: 8, postalCode: "2820", status: "OPEN", requiredSkills: [], ...data },
    });
  const openings = {
    fits: one.opening,
    other: two.opening,
    tooManyHours: await opening("fuldtid", { hoursMin: 30, hoursMax: 37 }),
    draft: await opening("kladde", { status: "DRAFT" }),
    closed: await opening("lukket", { status: "CLOSED" }),
    extra: await opening("ekstra", {}),
  };
  return {
    openings,
    citizenA: actor(citizenA.user), citizenB: actor(citizenB.user), profileA: citizenA.id, profileB: citizenB.id, aliasA: citizenA.alias,
    consultant: actor(consultant), memberOne: actor(one.member), memberTwo: actor(two.member),
  };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

const matchOf = (citizenId: string, openingId: string) => prisma.match.findUnique({ where: { openingId_citizenId: { openingId, citizenId } }, include: { events: true } });

describe("jobs for the citizen", () => {
  it("ranks only open openings, eligible ones first, with reasons and blockers", async () => {
    const ranked = (await allRankedJobs(world.citizenA))!;
    const ids = ranked.map((r) => r.job.id);
    expect(ranked.every((r) => r.job.status === "OPEN")).toBe(true);
    expect(ids).not.toContain(world.openings.draft.id);
    expect(ids).not.toContain(world.openings.closed.id);
    const firstIneligible = ranked.findIndex((r) => !r.fit.eligible);
    expect(ranked.slice(firstIneligible).every((r) => !r.fit.eligible)).toBe(true);
    const fits = ranked.find((r) => r.job.id === world.openings.fits.id)!;
    expect(fits.fit.eligible).toBe(true);
    expect(fits.job.employer.name).toBe(`${p}-e1 ApS`);
    expect(fits.fit.reasons.some((r) => r.code === "hours" && r.da && r.en)).toBe(true);
    const tooMany = ranked.find((r) => r.job.id === world.openings.tooManyHours.id)!;
    expect(tooMany.fit.eligible).toBe(false);
    expect(tooMany.fit.blockers.map((b) => b.code)).toContain("hours");
  });

  it("filters by free text (case-insensitive), by hours and by fit", async () => {
    const byText = (await allRankedJobs(world.citizenA, { q: `${p} FULDTID`.toUpperCase() }))!;
    expect(byText.map((r) => r.job.id)).toEqual([world.openings.tooManyHours.id]);
    const mine = { q: p };
    const all = (await allRankedJobs(world.citizenA, mine))!.map((r) => r.job.id);
    expect(all).toContain(world.openings.tooManyHours.id);
    const hours = (await allRankedJobs(world.citizenA, { ...mine, hoursFit: true }))!.map((r) => r.job.id);
    expect(hours).not.toContain(world.openings.tooManyHours.id);
    expect(hours).toContain(world.openings.fits.id);
    const onlyFit = (await allRankedJobs(world.citizenA, { onlyFit: true }))!;
    expect(onlyFit.length).toBeGreaterThan(0);
    expect(onlyFit.every((r) => r.fit.eligible)).toBe(true);
  });

  it("gives nothing to other roles, and a single opening only when it is open", async () => {
    expect(await allRankedJobs(world.memberOne)).toBeNull();
    const job = await getJobForCitizen(world.citizenA, world.openings.fits.id);
    expect(job?.fit?.eligible).toBe(true);
    expect(job?.job.match).toBeNull();
    expect(await getJobForCitizen(world.citizenA, world.openings.draft.id)).toBeNull();
    expect(await getJobForCitizen(world.citizenA, world.openings.closed.id)).toBeNull();
    expect(await getJobForCitizen(world.citizenA, `${p}-nope`)).toBeNull();
    expect(await getJobForCitizen(world.memberOne, world.openings.fits.id)).toBeNull();
  });
});

describe("I'm interested", () => {
  it("creates one match with a score snapshot, tells the consultant once, and a second click changes nothing", async () => {
    const first = await expressInterest(world.citizenA, world.openings.fits.id, now);
    expect(first).toEqual({ outcome: "created", consultantNotified: true });
    expect(await expressInterest(world.citizenA, world.openings.fits.id, now)).toEqual({ outcome: "unchanged", consultantNotified: false });
    const match = await matchOf(world.profileA, world.openings.fits.id);
    expect(match).toMatchObject({ status: "PROPOSED", origin: "CITIZEN" });
    expect(match?.score).toBeGreaterThan(0);
    expect(match?.scoreBreakdown).toMatchObject({ eligible: true });
    expect(match?.events).toHaveLength(1);
    expect(match?.events[0]).toMatchObject({ toStatus: "PROPOSED", actorId: world.citizenA.id });
    const told = await prisma.notification.findMany({ where: { userId: world.consultant.id, type: "CITIZEN_INTEREST", matchId: match!.id } });
    expect(told).toHaveLength(1);
    expect(told[0]?.data).toEqual({ openingTitle: world.openings.fits.title, alias: world.aliasA });
    expect((await getJobForCitizen(world.citizenA, world.openings.fits.id))?.job.match?.status).toBe("PROPOSED");
  });

  it("keeps to one match when two requests arrive at once", async () => {
    const results = await Promise.all([1, 2, 3].map(() => expressInterest(world.citizenB, world.openings.extra.id, now)));
    expect(results.filter((r) => r.outcome === "created")).toHaveLength(1);
    expect(await prisma.match.count({ where: { openingId: world.openings.extra.id, citizenId: world.profileB } })).toBe(1);
  });

  it("acts only for the actor: B's interest never touches A's match; closed and draft jobs are refused", async () => {
    const before = await matchOf(world.profileA, world.openings.fits.id);
    await expressInterest(world.citizenB, world.openings.fits.id, now);
    const after = await matchOf(world.profileA, world.openings.fits.id);
    expect(after?.events).toHaveLength(before!.events.length);
    expect(after?.updatedAt).toEqual(before?.updatedAt);
    expect(await expressInterest(world.citizenA, world.openings.closed.id, now)).toEqual({ outcome: "not_found" });
    expect(await expressInterest(world.citizenA, world.openings.draft.id, now)).toEqual({ outcome: "not_found" });
    expect(await expressInterest(world.memberOne, world.openings.fits.id, now)).toEqual({ outcome: "not_found" });
  });

  it("reopens a rejected match and notes interest on an employer-interested one without changing it", async () => {
    const match = (await matchOf(world.profileA, world.openings.fits.id))!;
    await prisma.match.update({ where: { id: match.id }, data: { status: "REJECTED" } });
    expect((await expressInterest(world.citizenA, world.openings.fits.id, now)).outcome).toBe("reopened");
    expect((await matchOf(world.profileA, world.openings.fits.id))?.status).toBe("PROPOSED");

    await prisma.match.update({ where: { id: match.id }, data: { status: "EMPLOYER_INTERESTED" } });
    expect((await expressInterest(world.citizenA, world.openings.fits.id, now)).outcome).toBe("noted");
    expect((await expressInterest(world.citizenA, world.openings.fits.id, now)).outcome).toBe("unchanged");
    const noted = (await matchOf(world.profileA, world.openings.fits.id))!;
    expect(noted.status).toBe("EMPLOYER_INTERESTED");
    expect(noted.events.filter((e) => e.fromStatus === "EMPLOYER_INTERESTED" && e.toStatus === "EMPLOYER_INTERESTED")).toHaveLength(1);
  });
});

describe("consent to contact", () => {
  const approved = (citizenId: string, openingId: string) =>
    prisma.match.create({ data: { citizenId, openingId, status: "APPROVED", origin: "EMPLOYER", contactRequest: "Må vi ringe?" } });

  it("only the citizen's own APPROVED match can be answered; accepting reveals the identity to that employer only", async () => {
    const match = await approved(world.profileA, world.openings.other.id);
    expect(await getRevealedIdentity(world.memberTwo, match.id)).toBeNull();

    // Another citizen guessing the id: not found, nothing changed, not in their list.
    expect(await answerContactRequest(world.citizenB, match.id, true, now)).toBe("not_found");
    expect((await prisma.match.findUnique({ where: { id: match.id } }))?.status).toBe("APPROVED");
    expect((await listOwnMatches(world.citizenB)).map((m) => m.id)).not.toContain(match.id);
    expect((await listOwnMatches(world.citizenA)).find((m) => m.id === match.id)).toMatchObject({ contactRequest: "Må vi ringe?", opening: { employer: { name: `${p}-e2 ApS` } } });

    expect(await answerContactRequest(world.citizenA, match.id, true, now)).toBe("ok");
    const after = await prisma.match.findUnique({ where: { id: match.id }, include: { events: true } });
    expect(after).toMatchObject({ status: "CITIZEN_ACCEPTED", revealedAt: now });
    expect(after?.events).toEqual([expect.objectContaining({ fromStatus: "APPROVED", toStatus: "CITIZEN_ACCEPTED", actorId: world.citizenA.id })]);
    const audit = await prisma.auditEvent.findMany({ where: { subjectType: "Match", subjectId: match.id } });
    expect(audit).toEqual([expect.objectContaining({ actorId: world.citizenA.id, actorRole: "CITIZEN", action: "citizen.consent.accepted" })]);
    const told = await prisma.notification.findMany({ where: { matchId: match.id, type: "CITIZEN_ANSWER" } });
    expect(told.map((n) => n.userId).sort()).toEqual([world.consultant.id, world.memberTwo.id].sort());
    expect(told.find((n) => n.userId === world.memberTwo.id)?.data).toEqual({ openingTitle: world.openings.other.title, answer: "accepted" });

    // A second answer (double click, or changing one's mind here) does nothing.
    expect(await answerContactRequest(world.citizenA, match.id, false, now)).toBe("not_found");
    expect((await prisma.match.findUnique({ where: { id: match.id } }))?.status).toBe("CITIZEN_ACCEPTED");

    expect(await getRevealedIdentity(world.memberOne, match.id)).toBeNull();
    expect(await getRevealedIdentity(world.citizenA, match.id)).toBeNull();
    expect(await getRevealedIdentity(world.memberTwo, match.id)).toEqual({ name: expect.any(String), email: `${p}-a-b@test.dk`, phone: "+45 12 34 56 78" });
    const reads = await prisma.auditEvent.count({ where: { actorId: world.memberTwo.id, action: "citizen.identity", subjectId: world.profileA } });
    expect(reads).toBe(1);
  });

  it("declining keeps the citizen anonymous and is recorded", async () => {
    const match = await approved(world.profileB, world.openings.other.id);
    expect(await answerContactRequest(world.citizenB, match.id, false, now)).toBe("ok");
    expect(await prisma.match.findUnique({ where: { id: match.id } })).toMatchObject({ status: "CITIZEN_DECLINED", revealedAt: null });
    expect(await prisma.auditEvent.count({ where: { subjectId: match.id, action: "citizen.consent.declined", actorId: world.citizenB.id } })).toBe(1);
    expect(await getRevealedIdentity(world.memberTwo, match.id)).toBeNull();
    expect(await answerContactRequest(world.citizenB, match.id, true, now)).toBe("not_found");
    expect(await getRevealedIdentity(world.memberTwo, match.id)).toBeNull();
  });
});
