import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/types";
import { getCitizenForConsultant } from "@/lib/db/citizens";
import { deleteOwnAccount, exportOwnData, listProfileViews } from "@/lib/db/my-data";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const a = uniquePrefix("mda");
const b = uniquePrefix("mdb");
const now = new Date("2026-03-12T09:15:00Z");
const secrets = { passwordHash: `${a}-argon-secret`, tokenHash: `${a}-token-secret`, note: `${a} private note about stairs` };
let world: Awaited<ReturnType<typeof build>>;

const actor = (u: { id: string; role: Role }, municipalityId: string | null = null) => ({ id: u.id, role: u.role, municipalityId });

async function build() {
  const municipality = await createMunicipality(prisma, a);
  const consultant = await createConsultant(prisma, a, municipality.code);
  const citizenA = await createCitizen(prisma, a, municipality.code, consultant.email);
  const citizenB = await createCitizen(prisma, b, municipality.code, consultant.email);
  const employer = await createEmployerWithOpening(prisma, a, municipality.code);

  await prisma.user.update({ where: { id: citizenA.user.id }, data: { passwordHash: secrets.passwordHash } });
  await prisma.accommodationNeed.create({ data: { profileId: citizenA.id, code: `${a}-need`, level: "MUST", note: secrets.note } });
  const matchA = await prisma.match.create({
    data: {
      openingId: employer.opening.id, citizenId: citizenA.id, status: "EMPLOYER_INTERESTED", origin: "CONSULTANT", score: 77,
      events: { create: [{ toStatus: "PROPOSED" }, { fromStatus: "PROPOSED", toStatus: "EMPLOYER_INTERESTED", actorId: employer.member.id }] },
    },
  });
  await prisma.match.create({ data: { openingId: employer.opening.id, citizenId: citizenB.id, decisionNote: `${b} note` } });
  await prisma.notification.create({ data: { userId: citizenA.user.id, type: "MATCH_STATUS", data: { openingTitle: employer.opening.title, status: "EMPLOYER_INTERESTED" } } });
  const event = await prisma.event.create({ data: { municipalityId: municipality.id, title: `${a} job fair`, location: "Hallen", startsAt: now, capacity: 10 } });
  await prisma.eventSignup.create({ data: { eventId: event.id, userId: citizenA.user.id } });
  await prisma.invitation.create({
    data: {
      email: citizenA.user.email, name: citizenA.user.name, tokenHash: secrets.tokenHash, municipalityId: municipality.id,
      invitedById: consultant.id, userId: citizenA.user.id, expiresAt: now, acceptedAt: now,
    },
  });
  await prisma.identity.create({ data: { userId: citizenA.user.id, provider: "mitid-test", subject: `${a}-subject` } });

  return {
    citizenA, citizenB, employer, matchA,
    consultant: actor(consultant, municipality.id),
    employerUser: actor(employer.member),
    citizenUserA: actor(citizenA.user),
    citizenUserB: actor(citizenB.user),
  };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("exportOwnData", () => {
  it("contains the citizen's own data, incl. the private need note, and no secrets", async () => {
    const data = await exportOwnData(world.citizenUserA, now);
    const json = JSON.stringify(data);
    expect(data?.exportedAt).toBe(now.toISOString());
    expect(data?.account.email).toBe(world.citizenA.user.email);
    expect(data?.profile?.id).toBe(world.citizenA.id);
    expect(data?.profile?.needs.map((n) => n.note)).toContain(secrets.note);
    expect(data?.matches).toHaveLength(1);
    expect(data?.matches[0]).toMatchObject({ openingTitle: world.employer.opening.title, companyName: world.employer.employer.name, status: "EMPLOYER_INTERESTED", score: 77 });
    expect(data?.matches[0]?.history.map((h) => h.toStatus)).toEqual(["PROPOSED", "EMPLOYER_INTERESTED"]);
    expect(data?.eventSignups.map((s) => s.title)).toEqual([`${a} job fair`]);
    expect(data?.notifications).toHaveLength(1);
    expect(data?.invitation?.email).toBe(world.citizenA.user.email);
    expect(data?.identities).toEqual(["mitid-test"]);
    for (const secret of [secrets.passwordHash, secrets.tokenHash, "passwordHash", "tokenHash", `${a}-subject`]) expect(json).not.toContain(secret);
  });

  it("holds nothing from another citizen, nor other people's e-mail addresses", async () => {
    const json = JSON.stringify(await exportOwnData(world.citizenUserA, now));
    for (const other of [world.citizenB.user.email, world.citizenB.alias, world.citizenB.id, `${b} note`, world.employer.member.email, `${a}-k@test.dk`]) {
      expect(json).not.toContain(other);
    }
  });
});

describe("listProfileViews", () => {
  it("shows a consultant's view of the own profile, never another profile's views", async () => {
    expect(await listProfileViews(world.citizenUserA)).toEqual([]);
    await getCitizenForConsultant(world.consultant, world.citizenA.id);
    await getCitizenForConsultant(world.consultant, world.citizenB.id);
    const views = await listProfileViews(world.citizenUserA);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ action: "citizen.view", viewerRole: "CONSULTANT", viewer: `${a} Konsulent` });
    expect(await listProfileViews(world.citizenUserB)).toHaveLength(1);
  });

  it("names an employer user by company, a deleted viewer as unknown, newest first", async () => {
    const gone = await prisma.user.create({ data: { email: `${a}-gone@test.dk`, name: `${a} Gone`, role: "CONSULTANT" } });
    const at = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    await prisma.auditEvent.createMany({
      data: [
        { actorId: world.employerUser.id, actorRole: "EMPLOYER", action: "candidate.view", subjectType: "CitizenProfile", subjectId: world.citizenA.id, createdAt: at(1) },
        { actorId: gone.id, actorRole: "CONSULTANT", action: "citizen.list", subjectType: "CitizenProfile", subjectId: world.citizenA.id, createdAt: at(2) },
      ],
    });
    await prisma.user.delete({ where: { id: gone.id } });
    const views = await listProfileViews(world.citizenUserA, { take: 2 });
    expect(views.map((v) => [v.action, v.viewer])).toEqual([
      ["citizen.list", null],
      ["candidate.view", world.employer.employer.name],
    ]);
    const exported = await exportOwnData(world.citizenUserA, now);
    expect(exported?.profileViews.map((v) => v.viewer)).toContain("unknown");
    expect(JSON.stringify(exported?.profileViews)).not.toContain(world.employer.member.email);
  });
});

describe("non-citizen actors", () => {
  it("can neither export, list views nor delete, even with a citizen's id", async () => {
    for (const other of [world.consultant, world.employerUser, { id: world.citizenA.user.id, role: "CONSULTANT" as const }]) {
      expect(await exportOwnData(other, now)).toBeNull();
      expect(await listProfileViews(other)).toEqual([]);
      expect(await deleteOwnAccount(other, now)).toBe(false);
    }
    expect(await prisma.user.count({ where: { id: { in: [world.consultant.id, world.employerUser.id, world.citizenA.user.id] } } })).toBe(3);
  });
});

describe("deleteOwnAccount", () => {
  it("deletes the citizen's account and data, keeps the audit trail, and leaves other citizens alone", async () => {
    const auditBefore = await prisma.auditEvent.findMany({ where: { subjectId: world.citizenA.id }, select: { id: true } });
    const bAuditBefore = await prisma.auditEvent.count({ where: { subjectId: world.citizenB.id } });
    expect(auditBefore.length).toBeGreaterThan(0);

    expect(await deleteOwnAccount(world.citizenUserA, now)).toBe(true);

    expect(await prisma.user.findUnique({ where: { id: world.citizenA.user.id } })).toBeNull();
    expect(await prisma.citizenProfile.findUnique({ where: { id: world.citizenA.id } })).toBeNull();
    expect(await prisma.match.findUnique({ where: { id: world.matchA.id } })).toBeNull();
    expect(await prisma.accommodationNeed.count({ where: { profileId: world.citizenA.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: world.citizenA.user.id } })).toBe(0);
    expect(await prisma.invitation.count({ where: { tokenHash: secrets.tokenHash } })).toBe(0);

    const auditAfter = await prisma.auditEvent.findMany({ where: { subjectId: world.citizenA.id }, orderBy: { createdAt: "asc" } });
    expect(auditAfter.map((e) => e.id)).toEqual(expect.arrayContaining(auditBefore.map((e) => e.id)));
    expect(auditAfter).toHaveLength(auditBefore.length + 1);
    expect(auditAfter.find((e) => e.action === "citizen.profile.deleted")).toMatchObject({ actorId: null, actorRole: "CITIZEN", subjectType: "CitizenProfile" });

    expect(await prisma.citizenProfile.findUnique({ where: { id: world.citizenB.id }, select: { id: true } })).toEqual({ id: world.citizenB.id });
    expect(await prisma.match.count({ where: { citizenId: world.citizenB.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { subjectId: world.citizenB.id } })).toBe(bAuditBefore);
    expect(await deleteOwnAccount(world.citizenUserA, now)).toBe(false);
  });
});
