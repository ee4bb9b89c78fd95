import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getResults, markResultsRequested, refreshResultSnapshot, staleResultMunicipalities } from "@/lib/db/results";
import { resultsCsv, type CsvLabels, type Results } from "@/lib/results";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// Two municipalities; every figure for municipality A is worked out by hand below, and
// municipality B's citizen (created earlier, hired, logged in an hour ago) must never show up.
const p = uniquePrefix("res");
const now = new Date("2026-06-20T12:00:00Z");
const d = (iso: string) => new Date(`${iso}T12:00:00Z`);
let consultantA: { id: string; role: "CONSULTANT"; municipalityId: string | null };
let consultantB: typeof consultantA;
let results: Results;
let municipalityA: string;
let municipalityB: string;

async function hiredMatch(openingId: string, citizenId: string, approvedAt: Date, praktikStartAt: Date, hiredAt: Date) {
  await prisma.match.create({
    data: {
      openingId, citizenId, status: "HIRED", praktikStartAt, hiredAt,
      events: { create: [{ toStatus: "PROPOSED", createdAt: d("2026-01-02") }, { toStatus: "APPROVED", createdAt: approvedAt }, { toStatus: "HIRED", createdAt: hiredAt }] },
    },
  });
}

beforeAll(async () => {
  const a = await createMunicipality(prisma, `${p}a`);
  const b = await createMunicipality(prisma, `${p}b`);
  const kA = await createConsultant(prisma, `${p}-ka`, a.code);
  const kB = await createConsultant(prisma, `${p}-kb`, b.code);
  consultantA = { id: kA.id, role: "CONSULTANT", municipalityId: a.id };
  consultantB = { id: kB.id, role: "CONSULTANT", municipalityId: b.id };
  const a1 = await createCitizen(prisma, `${p}-a1`, a.code);
  const a2 = await createCitizen(prisma, `${p}-a2`, a.code);
  const b1 = await createCitizen(prisma, `${p}-b1`, b.code);
  const jobA = await createEmployerWithOpening(prisma, `${p}-ea`, a.code);
  const jobB = await createEmployerWithOpening(prisma, `${p}-eb`, b.code);
  // a1: complete profile (7/7 = 100 %); a2 as the factory builds it: no summary, onboarding not done (5/7 = 71 %).
  await prisma.citizenProfile.update({ where: { id: a1.id }, data: { createdAt: d("2026-03-01"), summary: "Glad for struktur", onboardingDoneAt: d("2026-03-01") } });
  await prisma.citizenProfile.update({ where: { id: a2.id }, data: { createdAt: d("2026-05-10") } });
  await prisma.citizenProfile.update({ where: { id: b1.id }, data: { createdAt: d("2026-01-01") } });
  await prisma.user.update({ where: { id: a1.user.id }, data: { lastLoginAt: new Date(now.getTime() - 2 * 3_600_000) } });
  await prisma.user.update({ where: { id: a2.user.id }, data: { lastLoginAt: null } });
  await prisma.user.update({ where: { id: b1.user.id }, data: { lastLoginAt: new Date(now.getTime() - 3_600_000) } });
  // a1: approved 11 March (10 days after the profile), praktik 1 April, hired 30 April (30 + 30 = 60 days).
  await hiredMatch(jobA.opening.id, a1.id, d("2026-03-11"), d("2026-04-01"), d("2026-04-30"));
  // b1: hired in February; would add a hire to February and a placement everywhere if it leaked.
  await hiredMatch(jobB.opening.id, b1.id, d("2026-01-10"), d("2026-01-15"), d("2026-02-01"));
  // Invitations: [municipality, role, sent, accepted]. A counts 3 sent in the period (since 1 July
  // 2025), 2 of them accepted; the rest are before the period, after `now`, an employer's, or B's.
  const invitations: [string, "CITIZEN" | "EMPLOYER", string, string | null][] = [
    [a.id, "CITIZEN", "2026-02-01", "2026-02-05"],
    [a.id, "CITIZEN", "2026-05-01", null],
    [a.id, "CITIZEN", "2026-06-01", "2026-06-02"],
    [a.id, "CITIZEN", "2025-06-01", "2025-06-03"], // before the page's 12 months
    [a.id, "CITIZEN", "2026-06-25", null], // after the snapshot's moment
    [a.id, "EMPLOYER", "2026-03-01", "2026-03-02"], // a colleague, not a citizen
    [b.id, "CITIZEN", "2026-03-01", "2026-03-04"], // B's
  ];
  await prisma.invitation.createMany({
    data: invitations.map(([municipalityId, role, sent, accepted], i) => ({
      email: `${p}-inv${i}@example.test`, name: `Inviteret ${i}`, role, municipalityId, tokenHash: `${p}-token-${i}`,
      createdAt: d(sent), expiresAt: new Date(d(sent).getTime() + 14 * 86_400_000), acceptedAt: accepted ? d(accepted) : null,
    })),
  });
  municipalityA = a.id;
  municipalityB = b.id;
  // The figures are what the refresh-results job stored; the page only reads them (ADR 011).
  await refreshResultSnapshot(a.id, now);
  await refreshResultSnapshot(b.id, now);
  results = (await getResults(consultantA))!.results!;
});

describe("getResults", () => {
  it("counts only the consultant's municipality, month by month", () => {
    // [month, citizens, placed, seeking, share %, hires, praktik starts]
    expect(results.months.map((m) => [m.month, m.citizens, m.placed, m.seeking, m.sharePercent, m.hires, m.praktikStarts])).toEqual([
      ["2025-07", 0, 0, 0, null, 0, 0],
      ["2025-08", 0, 0, 0, null, 0, 0],
      ["2025-09", 0, 0, 0, null, 0, 0],
      ["2025-10", 0, 0, 0, null, 0, 0],
      ["2025-11", 0, 0, 0, null, 0, 0],
      ["2025-12", 0, 0, 0, null, 0, 0],
      ["2026-01", 0, 0, 0, null, 0, 0], // b1 exists, but in B
      ["2026-02", 0, 0, 0, null, 0, 0], // b1's hire is not A's
      ["2026-03", 1, 0, 1, 100, 0, 0], // a1 arrives: 1/1
      ["2026-04", 1, 1, 0, 0, 1, 1], // a1 in praktik 1 April, hired 30 April: 0/1
      ["2026-05", 2, 1, 1, 50, 0, 0], // a2 arrives: 1/2
      ["2026-06", 2, 1, 1, 50, 0, 0],
    ]);
  });

  it("gives medians, engagement and completion from A's citizens only", () => {
    expect(results.medians).toEqual({ daysToApproval: 10, approvals: 1, daysToHire: 60, hires: 1 });
    // 2 citizens, only a1 logged in (2 hours ago): 1/2 = 50 % for every period
    expect(results.engagement).toEqual({ citizens: 2, dayPercent: 50, weekPercent: 50, twoWeeksPercent: 50 });
    // (100 + 71) / 2 = 85.5; 1 of 2 complete
    expect(results.completion).toEqual({ citizens: 2, averagePercent: 85.5, completePercent: 50 });
  });

  it("gives the share of the citizens invited in the period who made a profile", () => {
    // 2 of A's 3 citizen invitations in the period were accepted: 66.7 %.
    expect(results.invitations).toEqual({ since: "2025-07", invited: 3, withProfile: 2, percent: 66.7 });
  });

  it("gives B's consultant only B's citizen, and nothing to a non-consultant", async () => {
    const b = (await getResults(consultantB))!.results!;
    expect(b.invitations).toMatchObject({ invited: 1, withProfile: 1, percent: 100 });
    expect(b.engagement.citizens).toBe(1);
    expect(b.months.find((m) => m.month === "2026-02")).toMatchObject({ citizens: 1, placed: 1, hires: 1 });
    expect(await getResults({ id: consultantA.id, role: "CITIZEN" as never, municipalityId: consultantA.municipalityId })).toBeNull();
  });

  it("writes the same figures to the CSV export", () => {
    const labels = new Proxy({}, { get: (_, key) => String(key) }) as CsvLabels;
    const lines = resultsCsv(results, labels).split("\r\n");
    expect(lines).toContain("2026-04,1,1,0,0,1,1");
    expect(lines).toContain("2026-05,2,1,1,50,0,0");
    expect(lines.slice(-11, -1)).toEqual([
      "daysToApproval,10", "daysToHire,60", "loginDay,50", "loginWeek,50", "loginTwoWeeks,50", "completionAverage,85.5", "completionFull,50",
      "invited,3", "invitedWithProfile,2", "invitedPercent,66.7",
    ]);
  });
});

describe("the results snapshot", () => {
  it("is what a view shows: a change in the data shows only after the job ran again", async () => {
    expect(results.now).toEqual(now);
    const citizen = await createCitizen(prisma, `${p}-a3`, (await prisma.municipality.findUniqueOrThrow({ where: { id: municipalityA } })).code);
    await prisma.citizenProfile.update({ where: { id: citizen.id }, data: { createdAt: d("2026-06-01") } });
    expect((await getResults(consultantA))!.results!.engagement.citizens).toBe(2);
    const later = new Date(now.getTime() + 60_000);
    await refreshResultSnapshot(municipalityA, later);
    const view = (await getResults(consultantA))!;
    expect(view.results!.now).toEqual(later);
    expect(view.results!.engagement.citizens).toBe(3);
    // A run that measured an earlier moment and finished last does not overwrite the newer figures.
    await refreshResultSnapshot(municipalityA, now);
    expect((await getResults(consultantA))!.results!.now).toEqual(later);
    await prisma.citizenProfile.delete({ where: { id: citizen.id } });
    await refreshResultSnapshot(municipalityA, new Date(later.getTime() + 60_000));
  });

  it("is stale when asked for after it was made, and fresh again once the job has run", async () => {
    const t0 = (await getResults(consultantA))!.results!.now;
    const fresh = new Date(t0.getTime() + 1000);
    expect(await staleResultMunicipalities(fresh)).not.toContain(municipalityA);
    expect(await markResultsRequested(consultantA, fresh)).toBe(municipalityA);
    expect((await getResults(consultantA))!.requestedAt).toEqual(fresh);
    expect(await staleResultMunicipalities(fresh)).toContain(municipalityA);
    expect(await staleResultMunicipalities(fresh)).not.toContain(municipalityB);
    await refreshResultSnapshot(municipalityA, new Date(fresh.getTime() + 1000));
    expect(await staleResultMunicipalities(fresh)).not.toContain(municipalityA);
    expect((await getResults(consultantA))!.requestedAt).toBeNull();
    // Over an hour old counts as stale too; a non-consultant cannot ask.
    expect(await staleResultMunicipalities(new Date(fresh.getTime() + 2 * 3_600_000))).toContain(municipalityB);
    expect(await markResultsRequested({ ...consultantA, role: "EMPLOYER" as never }, fresh)).toBeNull();
  });
});
