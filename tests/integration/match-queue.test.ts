import { companyAlias } from "@/lib/privacy/pseudonyms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { expressInterest } from "@/lib/db/citizen-matches";
import { decideMatch, getQueueMatch, listQueue, QUEUE_PAGE_SIZE } from "@/lib/db/match-queue";
import { decisionSchema } from "@/lib/validation/match";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const p = uniquePrefix("mq");
const now = new Date("2030-04-01T09:00:00Z");
let world: Awaited<ReturnType<typeof build>>;

const consultantActor = async (id: string) => {
  const u = await prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, municipalityId: true } });
  return u;
};

async function build() {
  const m = await createMunicipality(prisma, p);
  const other = await createMunicipality(prisma, `${p}-x`);
  const k1 = await createConsultant(prisma, `${p}-k1`, m.code);
  const k2 = await createConsultant(prisma, `${p}-k2`, m.code);
  const stranger = await createConsultant(prisma, `${p}-k3`, other.code);
  const citizenA = await createCitizen(prisma, `${p}-a`, m.code, k1.email);
  const citizenB = await createCitizen(prisma, `${p}-b`, m.code, k1.email);
  const company = await createEmployerWithOpening(prisma, `${p}-e`, m.code);
  const citizenUser = { id: citizenB.user.id, role: "CITIZEN" as const };
  // An employer's contact request, as the contact-request code makes it (oldest), then a citizen's interest.
  const request = await prisma.match.create({
    data: {
      openingId: company.opening.id, citizenId: citizenA.id, status: "EMPLOYER_INTERESTED", origin: "EMPLOYER", contactRequest: "Vi vil gerne mødes",
      score: 70, scoreBreakdown: { eligible: true, score: 70, components: {}, reasons: [{ code: "hours", da: "Timerne passer", en: "Hours fit" }], blockers: [] },
      createdAt: new Date("2030-03-01T09:00:00Z"), events: { create: { toStatus: "EMPLOYER_INTERESTED", actorId: company.member.id } },
    },
  });
  await expressInterest(citizenUser, company.opening.id, new Date("2030-03-02T09:00:00Z"));
  const interest = await prisma.match.findUniqueOrThrow({ where: { openingId_citizenId: { openingId: company.opening.id, citizenId: citizenB.id } } });
  return {
    k1: await consultantActor(k1.id), k2: await consultantActor(k2.id), stranger: await consultantActor(stranger.id),
    citizenA, citizenB, company, request, interest, member: { id: company.member.id, role: "EMPLOYER" as const },
  };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("the match queue", () => {
  it("lists waiting matches of the municipality oldest first, with names, explanation and an audit", async () => {
    const queue = (await listQueue(world.k2)).items.filter((q) => q.opening.id === world.company.opening.id);
    expect(queue.map((q) => q.id)).toEqual([world.request.id, world.interest.id]);
    const [request, interest] = queue;
    expect(request).toMatchObject({ origin: "EMPLOYER", status: "EMPLOYER_INTERESTED", contactRequest: "Vi vil gerne mødes", score: 70 });
    // The alias the company knows her by, so consultant and company speak of the same person.
    expect(request?.citizen).toEqual({ id: world.citizenA.id, alias: companyAlias(request!.opening.employer.id, world.citizenA.id), user: { name: world.citizenA.user.name } });
    expect(request?.opening.employer.name).toBe(world.company.employer.name);
    expect(request?.explanation?.reasons[0]?.da).toBe("Timerne passer");
    expect(interest).toMatchObject({ origin: "CITIZEN", status: "PROPOSED" });
    expect(interest?.explanation?.eligible).toEqual(expect.any(Boolean));
    // One row for the view, with every citizen it showed.
    const audits = await prisma.auditEvent.findMany({ where: { actorId: world.k2.id, action: "match.queue" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.subjectIds.sort()).toEqual([world.citizenA.id, world.citizenB.id].sort());
  });

  it("pages the queue by 20, oldest first across pages, with the number waiting", async () => {
    const m = await createMunicipality(prisma, `${p}-q`);
    const k = await createConsultant(prisma, `${p}-kq`, m.code);
    const actor = await prisma.user.findUniqueOrThrow({ where: { id: k.id }, select: { id: true, role: true, municipalityId: true } });
    const { opening } = await createEmployerWithOpening(prisma, `${p}-eq`, m.code);
    const made: string[] = [];
    for (let i = 0; i < QUEUE_PAGE_SIZE + 3; i++) {
      const c = await createCitizen(prisma, `${p}-q${i}`, m.code, k.email);
      const match = await prisma.match.create({ data: { openingId: opening.id, citizenId: c.id, status: "EMPLOYER_INTERESTED", createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) } });
      made.push(match.id);
    }
    const first = await listQueue(actor);
    expect(first).toMatchObject({ waiting: QUEUE_PAGE_SIZE + 3, page: 1, pages: 2 });
    expect(first.items).toHaveLength(QUEUE_PAGE_SIZE);
    const second = await listQueue(actor, { page: 2 });
    expect([...first.items, ...second.items].map((q) => q.id)).toEqual(made);
  });

  it("shows nothing to another municipality's consultant or to other roles", async () => {
    expect((await listQueue(world.stranger)).items.some((q) => q.opening.id === world.company.opening.id)).toBe(false);
    expect(await listQueue({ ...world.member, municipalityId: world.k1.municipalityId })).toEqual({ items: [], waiting: 0, page: 1, pages: 1 });
    expect(await getQueueMatch(world.stranger, world.request.id)).toBeNull();
    expect(await getQueueMatch({ ...world.member, municipalityId: world.k1.municipalityId }, world.request.id)).toBeNull();
    expect((await getQueueMatch(world.k1, world.request.id))?.citizen.user.name).toBe(world.citizenA.user.name);
  });

  it("refuses a rejection without a reason", async () => {
    expect(decisionSchema.safeParse({ decision: "reject", reason: "  " }).error?.issues[0]?.message).toBe("reasonRequired");
    expect(decisionSchema.safeParse({ decision: "approve", citizenMessage: "", employerMessage: " " }).data).toEqual({ decision: "approve", citizenMessage: undefined, employerMessage: undefined });
    await expect(decideMatch(world.k1, world.interest.id, { decision: "reject", reason: "" }, now)).rejects.toThrow();
    expect((await prisma.match.findUniqueOrThrow({ where: { id: world.interest.id } })).status).toBe("PROPOSED");
  });

  it("lets another municipality's consultant decide nothing (not_found)", async () => {
    expect(await decideMatch(world.stranger, world.request.id, { decision: "approve" }, now)).toBe("not_found");
    expect(await decideMatch(world.k1, `${p}-nope`, { decision: "approve" }, now)).toBe("not_found");
    expect((await prisma.match.findUniqueOrThrow({ where: { id: world.request.id } })).status).toBe("EMPLOYER_INTERESTED");
  });

  it("gives exactly one decision when two consultants act at once", async () => {
    const results = await Promise.all([
      decideMatch(world.k1, world.request.id, { decision: "approve", citizenMessage: "Velkommen til en samtale", employerMessage: "Hun har et godt CV" }, now),
      decideMatch(world.k2, world.request.id, { decision: "reject", reason: "Passer ikke lige nu" }, now),
    ]);
    expect(results.sort()).toEqual(["already_decided", "ok"]);
    const match = await prisma.match.findUniqueOrThrow({ where: { id: world.request.id }, include: { events: true, messages: true } });
    const decisions = match.events.filter((e) => e.fromStatus === "EMPLOYER_INTERESTED");
    expect(decisions).toHaveLength(1);
    expect(decisions[0]?.toStatus).toBe(match.status);
    expect(match.decidedById).toBe(decisions[0]?.actorId);
    // A later attempt is told the same, and the match leaves the queue.
    expect(await decideMatch(world.k2, world.request.id, { decision: "approve" }, now)).toBe("already_decided");
    expect((await listQueue(world.k1)).items.map((q) => q.id)).not.toContain(world.request.id);
  });

  it("approving asks the citizen's consent and tells the employer, and holds the employer's note back until consent", async () => {
    const match = await prisma.match.findUniqueOrThrow({ where: { id: world.request.id }, include: { messages: true } });
    const notes = await prisma.notification.findMany({ where: { matchId: world.request.id } });
    if (match.status === "APPROVED") {
      expect(match.decisionNote).toBe("Velkommen til en samtale");
      expect(notes.find((n) => n.userId === world.citizenA.user.id)).toMatchObject({ type: "CONTACT_REQUEST", data: { openingTitle: world.company.opening.title, employerName: world.company.employer.name } });
      expect(notes.find((n) => n.userId === world.member.id)).toMatchObject({ type: "MATCH_STATUS", data: { status: "APPROVED" } });
      // Nothing in the employer's thread before the citizen's yes; the note to the employer waits.
      expect(match.messages).toEqual([]);
      expect(match.employerNoteOnConsent).toBe("Hun har et godt CV");
    } else {
      expect(match.decisionNote).toBe("Passer ikke lige nu");
      expect(notes.map((n) => [n.userId, n.type]).sort()).toEqual([[world.citizenA.user.id, "MATCH_STATUS"], [world.member.id, "MATCH_STATUS"]].sort());
      expect(match.messages).toEqual([]);
    }
  });

  it("approves a citizen's interest: CONTACT_REQUEST to the citizen, and the card stays for its decider", async () => {
    const since = new Date(now.getTime() - 60_000);
    expect(await decideMatch(world.k1, world.interest.id, { decision: "approve" }, now)).toBe("ok");
    const told = await prisma.notification.findMany({ where: { matchId: world.interest.id, userId: world.citizenB.user.id, type: "CONTACT_REQUEST" } });
    expect(told).toHaveLength(1);
    const match = await prisma.match.findUniqueOrThrow({ where: { id: world.interest.id }, include: { messages: true } });
    expect(match).toMatchObject({ status: "APPROVED", decidedById: world.k1.id, decisionNote: null });
    expect(match.messages).toEqual([]);
    expect((await listQueue(world.k1, { decidedSince: since })).items.map((q) => q.id)).toContain(world.interest.id);
    expect((await listQueue(world.k2, { decidedSince: since })).items.map((q) => q.id)).not.toContain(world.interest.id);
  });

  it("keeps the rejection reason in the history and tells citizen and employer", async () => {
    const other = await createEmployerWithOpening(prisma, `${p}-e2`, world.company.employer.municipalityCode);
    const m = await prisma.match.create({ data: { openingId: other.opening.id, citizenId: world.citizenA.id, status: "EMPLOYER_INTERESTED", origin: "EMPLOYER" } });
    expect(await decideMatch(world.k2, m.id, { decision: "reject", reason: "Kandidaten er i gang med et andet forløb" }, now)).toBe("ok");
    const after = await prisma.match.findUniqueOrThrow({ where: { id: m.id }, include: { events: true } });
    expect(after).toMatchObject({ status: "REJECTED", decisionNote: "Kandidaten er i gang med et andet forløb" });
    expect(after.events).toEqual([expect.objectContaining({ fromStatus: "EMPLOYER_INTERESTED", toStatus: "REJECTED", note: "Kandidaten er i gang med et andet forløb", actorId: world.k2.id })]);
    const notes = await prisma.notification.findMany({ where: { matchId: m.id } });
    expect(notes.map((n) => [n.userId, n.type, (n.data as { status: string }).status]).sort()).toEqual(
      [[world.citizenA.user.id, "MATCH_STATUS", "REJECTED"], [other.member.id, "MATCH_STATUS", "REJECTED"]].sort(),
    );
  });
});
