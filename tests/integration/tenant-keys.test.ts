import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createCitizen, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// The two copies the consultant's lists read instead of joins (ADR 011) are kept by triggers, so
// any writer (the app, a seed, plain SQL) keeps them right: Match.municipalityId and
// CitizenProfile.sortName.
const p = uniquePrefix("tk");

describe("Match.municipalityId", () => {
  it("is the citizen's municipality on insert, follows a citizen who moves, and cannot be set to another", async () => {
    const a = await createMunicipality(prisma, `${p}a`);
    const b = await createMunicipality(prisma, `${p}b`);
    const citizen = await createCitizen(prisma, `${p}-c`, a.code);
    const { opening } = await createEmployerWithOpening(prisma, `${p}-e`, a.code);
    const match = await prisma.match.create({ data: { openingId: opening.id, citizenId: citizen.id } });
    expect(match.municipalityId).toBe(a.id);

    await prisma.citizenProfile.update({ where: { id: citizen.id }, data: { municipalityId: b.id } });
    expect((await prisma.match.findUniqueOrThrow({ where: { id: match.id } })).municipalityId).toBe(b.id);

    await prisma.$executeRaw`UPDATE "Match" SET "municipalityId" = ${a.id} WHERE "id" = ${match.id}`;
    expect((await prisma.match.findUniqueOrThrow({ where: { id: match.id } })).municipalityId).toBe(b.id);
  });
});

describe("CitizenProfile.sortName", () => {
  it("is the lower-cased name of the profile's user, also after a rename", async () => {
    const m = await createMunicipality(prisma, `${p}s`);
    const citizen = await createCitizen(prisma, `${p}-s`, m.code);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: citizen.user.id } });
    expect((await prisma.citizenProfile.findUniqueOrThrow({ where: { id: citizen.id } })).sortName).toBe(user.name.toLowerCase());

    await prisma.user.update({ where: { id: user.id }, data: { name: "Åse ØSTERGAARD" } });
    expect((await prisma.citizenProfile.findUniqueOrThrow({ where: { id: citizen.id } })).sortName).toBe("åse østergaard");

    await prisma.$executeRaw`UPDATE "CitizenProfile" SET "sortName" = 'a' WHERE "id" = ${citizen.id}`;
    expect((await prisma.citizenProfile.findUniqueOrThrow({ where: { id: citizen.id } })).sortName).toBe("åse østergaard");
  });
});
