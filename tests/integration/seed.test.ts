import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { demoAccounts, demoPassword } from "@/lib/auth/demo-accounts";
import { seedDemo } from "@/tests/factories/demo-data";

afterAll(async () => {
  await prisma.$disconnect();
});

async function snapshot() {
  const [users, profiles, needs, experience, employers, openings, members] = await Promise.all([
    prisma.user.findMany({ select: { id: true, email: true, role: true }, orderBy: { id: "asc" } }),
    prisma.citizenProfile.findMany({ select: { id: true, alias: true, hoursMin: true, hoursMax: true, skills: true }, orderBy: { id: "asc" } }),
    prisma.accommodationNeed.count(),
    prisma.experienceEntry.count(),
    prisma.employer.count(),
    prisma.jobOpening.count(),
    prisma.employerMember.count(),
  ]);
  return { users, profiles, needs, experience, employers, openings, members };
}

describe("demo seed", () => {
  it("creates the demo world and is idempotent", async () => {
    const first = await seedDemo(prisma, new Date());
    const afterFirst = await snapshot();
    await seedDemo(prisma, new Date());
    expect(await snapshot()).toEqual(afterFirst);

    expect(first.citizens).toBeGreaterThanOrEqual(40);
    expect(first.employers).toBeGreaterThanOrEqual(10);
    expect(first.openings).toBeGreaterThanOrEqual(20);
    expect(await prisma.user.count({ where: { role: "CONSULTANT", id: { startsWith: "seed-" } } })).toBe(3);
    expect(await prisma.municipality.count({ where: { code: { in: ["0157", "0461"] } } })).toBe(2);
  });

  it("creates one working login per role", async () => {
    for (const account of demoAccounts) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(user.passwordHash!, demoPassword)).toBe(true);
    }
  });

  it("gives the demo users something to see", async () => {
    const citizen = await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts[0].email }, include: { citizenProfile: { include: { needs: true } } } });
    expect(citizen.citizenProfile?.needs.length).toBeGreaterThan(0);
    const employer = await prisma.employerMember.findFirstOrThrow({ where: { user: { email: demoAccounts[1].email } }, include: { employer: { include: { openings: true } } } });
    expect(employer.employer.openings.length).toBeGreaterThan(0);
    const consultant = await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts[2].email }, include: { caseload: true } });
    expect(consultant.caseload.length).toBeGreaterThan(0);
  });
});
