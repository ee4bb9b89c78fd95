import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/types";
import { citizenSignInEmail } from "@/lib/db/citizen-accounts";
import { getCitizenForConsultant, getOwnProfile, listCitizensForConsultant } from "@/lib/db/citizens";
import { getOwnOpening, listOwnEmployers, listOwnOpenings } from "@/lib/db/openings";
import {
  createCitizen,
  createConsultant,
  createEmployerWithOpening,
  createMunicipality,
  uniquePrefix,
} from "@/tests/factories/scenario";

const a = uniquePrefix("a");
const b = uniquePrefix("b");
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const [mA, mB] = [await createMunicipality(prisma, a), await createMunicipality(prisma, b)];
  const consultantA = await createConsultant(prisma, a, mA.code);
  const consultantB = await createConsultant(prisma, b, mB.code);
  const citizenA = await createCitizen(prisma, a, mA.code, consultantA.email);
  const citizenB = await createCitizen(prisma, b, mB.code, consultantB.email);
  const employerA = await createEmployerWithOpening(prisma, a, mA.code);
  const employerB = await createEmployerWithOpening(prisma, b, mB.code);
  const actor = (u: { id: string; role: Role }, municipalityId: string | null = null) => ({ id: u.id, role: u.role, municipalityId });
  return {
    citizenA, citizenB, employerA, employerB,
    consultantA: actor(consultantA, mA.id),
    consultantB: actor(consultantB, mB.id),
    employerUserA: actor(employerA.member),
    citizenUserA: actor(citizenA.user),
  };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("employer scoping", () => {
  it("lists only the employer's own openings and companies", async () => {
    const openings = await listOwnOpenings(world.employerUserA);
    expect(openings.map((o) => o.id)).toEqual([world.employerA.opening.id]);
    const companies = await listOwnEmployers(world.employerUserA);
    expect(companies.map((c) => c.id)).toEqual([world.employerA.employer.id]);
  });

  it("does not find another employer's opening by guessing its id", async () => {
    expect(await getOwnOpening(world.employerUserA, world.employerB.opening.id)).toBeNull();
    expect((await getOwnOpening(world.employerUserA, world.employerA.opening.id))?.id).toBe(world.employerA.opening.id);
  });

  it("gives other roles no openings even with the right id", async () => {
    expect(await getOwnOpening(world.consultantA, world.employerA.opening.id)).toBeNull();
    expect(await listOwnOpenings(world.citizenUserA)).toEqual([]);
  });
});

describe("consultant scoping", () => {
  it("shows a consultant only their municipality's citizens", async () => {
    const seen = await listCitizensForConsultant(world.consultantA, "municipality");
    expect(seen.map((c) => c.id)).toEqual([world.citizenA.id]);
    const caseload = await listCitizensForConsultant(world.consultantA, "caseload");
    expect(caseload.map((c) => c.id)).toEqual([world.citizenA.id]);
  });

  it("does not find a citizen of another municipality by id", async () => {
    expect(await getCitizenForConsultant(world.consultantA, world.citizenB.id)).toBeNull();
    expect((await getCitizenForConsultant(world.consultantB, world.citizenB.id))?.id).toBe(world.citizenB.id);
  });

  it("audits every read of a citizen's profile by a consultant", async () => {
    const before = await prisma.auditEvent.count({ where: { subjectIds: { has: world.citizenA.id }, actorId: world.consultantA.id } });
    await getCitizenForConsultant(world.consultantA, world.citizenA.id);
    await listCitizensForConsultant(world.consultantA, "caseload");
    const events = await prisma.auditEvent.findMany({
      where: { subjectIds: { has: world.citizenA.id }, actorId: world.consultantA.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.length - before).toBe(2);
    expect(events.slice(-2).map((e) => e.action).sort()).toEqual(["citizen.list", "citizen.view"]);
    expect(events.every((e) => e.subjectType === "CitizenProfile" && e.actorRole === "CONSULTANT")).toBe(true);
  });

  it("does not audit a failed read of someone else's citizen", async () => {
    await getCitizenForConsultant(world.consultantA, world.citizenB.id);
    expect(await prisma.auditEvent.count({ where: { subjectIds: { has: world.citizenB.id }, actorId: world.consultantA.id } })).toBe(0);
  });
});

describe("citizen scoping", () => {
  it("returns the citizen's own profile and nothing for other roles", async () => {
    expect((await getOwnProfile(world.citizenUserA))?.id).toBe(world.citizenA.id);
    expect(await getOwnProfile(world.employerUserA)).toBeNull();
  });

  it("does not audit the citizen reading their own profile", async () => {
    await getOwnProfile(world.citizenUserA);
    expect(await prisma.auditEvent.count({ where: { actorId: world.citizenUserA.id } })).toBe(0);
  });
});

describe("citizen account scoping", () => {
  it("gives a consultant the sign-in e-mail of her own municipality's citizen only", async () => {
    expect(await citizenSignInEmail(world.consultantA, world.citizenA.id)).toBe(world.citizenA.user.email);
    expect(await citizenSignInEmail(world.consultantA, world.citizenB.id)).toBeNull();
    expect(await citizenSignInEmail(world.employerUserA, world.citizenA.id)).toBeNull();
  });
});
