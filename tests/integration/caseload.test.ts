import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { pruneAuditEvents } from "@/lib/db/audit";
import { CASELOAD_PAGE_SIZE, getCitizenFile, listCaseload, type CaseloadFilters } from "@/lib/db/caseload";
import { listProfileViews } from "@/lib/db/my-data";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const p = uniquePrefix("cl");
let world: Awaited<ReturnType<typeof build>>;

const actorOf = (id: string) => prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, municipalityId: true } });

async function build() {
  const m = await createMunicipality(prisma, p);
  const other = await createMunicipality(prisma, `${p}-x`);
  const k1 = await createConsultant(prisma, `${p}-k1`, m.code);
  const k2 = await createConsultant(prisma, `${p}-k2`, m.code);
  const stranger = await createConsultant(prisma, `${p}-k3`, other.code);
  const mine = await createCitizen(prisma, `${p}-a`, m.code, k1.email);
  const colleagues = await createCitizen(prisma, `${p}-b`, m.code, k2.email);
  const elsewhere = await createCitizen(prisma, `${p}-c`, other.code, stranger.email);
  await prisma.citizenProfile.update({ where: { id: mine.id }, data: { headline: `${p} Pædagogmedhjælper med ro på`, status: "SEEKING" } });
  await prisma.citizenProfile.update({ where: { id: colleagues.id }, data: { status: "PAUSED" } });
  await prisma.user.update({ where: { id: mine.user.id }, data: { lastLoginAt: new Date("2030-01-02T10:00:00Z"), phone: "12345678" } });
  await prisma.accommodationNeed.deleteMany({ where: { profileId: mine.id } });
  await prisma.accommodationNeed.create({ data: { profileId: mine.id, code: "quiet_environment", level: "MUST", note: `${p} privat note` } });
  // Two matches: one open (with a note in its history), one over; only the open one counts.
  const e1 = await createEmployerWithOpening(prisma, `${p}-e1`, m.code);
  const e2 = await createEmployerWithOpening(prisma, `${p}-e2`, m.code);
  await prisma.match.create({
    data: { openingId: e1.opening.id, citizenId: mine.id, status: "APPROVED", events: { create: [{ toStatus: "PROPOSED" }, { fromStatus: "PROPOSED", toStatus: "APPROVED", actorId: k1.id, note: `${p} god match` }] } },
  });
  await prisma.match.create({ data: { openingId: e2.opening.id, citizenId: mine.id, status: "REJECTED" } });
  return { k1: await actorOf(k1.id), k2: await actorOf(k2.id), stranger: await actorOf(stranger.id), mine, colleagues, elsewhere };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

const list = async (actor: Parameters<typeof listCaseload>[0], filters: CaseloadFilters) => (await listCaseload(actor, filters)).rows;

const viewsOf = (subjectId: string, action: string) => prisma.auditEvent.count({ where: { subjectType: "CitizenProfile", subjectIds: { has: subjectId }, action } });

describe("the caseload list", () => {
  it("shows the consultant's own citizens with last login, completeness and open matches, and audits the read", async () => {
    const before = await viewsOf(world.mine.id, "citizen.list");
    const rows = await list(world.k1, { scope: "mine", q: "", status: null });
    expect(rows.map((r) => r.id)).toEqual([world.mine.id]);
    const [row] = rows;
    expect(row).toMatchObject({ name: world.mine.user.name, status: "SEEKING", openMatches: 1, lastLoginAt: new Date("2030-01-02T10:00:00Z") });
    expect(row?.completeness).toBeGreaterThan(0);
    expect(row?.completeness).toBeLessThanOrEqual(100);
    expect(await viewsOf(world.mine.id, "citizen.list")).toBe(before + 1);
  });

  it("shows all of the municipality with the filter, never another municipality", async () => {
    const ids = (await list(world.k1, { scope: "all", q: "", status: null })).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([world.mine.id, world.colleagues.id]));
    expect(ids).not.toContain(world.elsewhere.id);
  });

  it("searches name and headline, case-insensitively, and filters by status", async () => {
    const byHeadline = await list(world.k2, { scope: "all", q: `${p} PÆDAGOG`.toLowerCase(), status: null });
    expect(byHeadline.map((r) => r.id)).toEqual([world.mine.id]);
    const byName = await list(world.k2, { scope: "all", q: world.colleagues.user.name, status: null });
    expect(byName.map((r) => r.id)).toContain(world.colleagues.id);
    const paused = (await list(world.k1, { scope: "all", q: "", status: "PAUSED" })).map((r) => r.id);
    expect(paused).toContain(world.colleagues.id);
    expect(paused).not.toContain(world.mine.id);
  });

  it("gives other roles nothing", async () => {
    expect(await listCaseload({ id: world.mine.user.id, role: "CITIZEN", municipalityId: null }, { scope: "all", q: "", status: null })).toEqual({ rows: [], total: 0, page: 1, pages: 1 });
  });

  it("treats % and _ in a search as characters, not wildcards", async () => {
    expect(await list(world.k1, { scope: "all", q: "%", status: null })).toEqual([]);
    expect(await list(world.k1, { scope: "all", q: "_", status: null })).toEqual([]);
    await prisma.citizenProfile.update({ where: { id: world.colleagues.id }, data: { headline: `${p} 100% hjemmefra` } });
    expect((await list(world.k1, { scope: "all", q: "100%", status: null })).map((r) => r.id)).toEqual([world.colleagues.id]);
  });

  it("pages a large municipality by 50, sorted by name, with counts for the shown rows", async () => {
    const big = await createMunicipality(prisma, `${p}-big`);
    const k = await createConsultant(prisma, `${p}-kb`, big.code);
    const actor = await actorOf(k.id);
    const made: string[] = [];
    for (let i = 0; i < CASELOAD_PAGE_SIZE + 7; i++) made.push((await createCitizen(prisma, `${p}-n${String(i).padStart(2, "0")}`, big.code, k.email)).id);
    const filters: CaseloadFilters = { scope: "mine", q: "", status: null };
    const first = await listCaseload(actor, filters);
    expect(first.total).toBe(CASELOAD_PAGE_SIZE + 7);
    expect(first.pages).toBe(2);
    expect(first.rows).toHaveLength(CASELOAD_PAGE_SIZE);
    const second = await listCaseload(actor, filters, { page: 2 });
    expect(second.rows).toHaveLength(7);
    const both = [...first.rows, ...second.rows];
    expect(new Set(both.map((r) => r.id))).toEqual(new Set(made));
    const names = both.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // A page past the end shows the last page.
    expect((await listCaseload(actor, filters, { page: 99 })).page).toBe(2);
    // The open-match count is this row's own: one open match for one citizen only.
    const { opening } = await createEmployerWithOpening(prisma, `${p}-eb`, big.code);
    const target = second.rows[0]!;
    await prisma.match.create({ data: { openingId: opening.id, citizenId: target.id, status: "PROPOSED" } });
    const after = await listCaseload(actor, filters, { page: 2 });
    expect(after.rows.map((r) => [r.id, r.openMatches])).toEqual(second.rows.map((r) => [r.id, r.id === target.id ? 1 : 0]));

    // One audit row per view of a page, holding the 50 ids it showed.
    const rowsBefore = await prisma.auditEvent.count({ where: { actorId: actor.id, action: "citizen.list" } });
    await listCaseload(actor, filters);
    expect(await prisma.auditEvent.count({ where: { actorId: actor.id, action: "citizen.list" } })).toBe(rowsBefore + 1);
    const last = await prisma.auditEvent.findFirstOrThrow({ where: { actorId: actor.id, action: "citizen.list" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect([...last.subjectIds].sort()).toEqual(first.rows.map((r) => r.id).sort());
    expect(last.subjectId).toBe("");
  });

  it("still tells the citizen of every view: in a list among others, and of the profile itself", async () => {
    const citizen = { id: world.mine.user.id, role: "CITIZEN" as const };
    const before = (await listProfileViews(citizen)).length;
    await listCaseload(world.k2, { scope: "all", q: "", status: null });
    await getCitizenFile(world.k2, world.mine.id);
    const views = await listProfileViews(citizen);
    expect(views.length).toBe(before + 2);
    expect(views.slice(0, 2).map((v) => v.action).sort()).toEqual(["citizen.list", "citizen.view"]);
  });

  it("deletes audit rows past the retention and keeps the rest", async () => {
    // Long ago, so the cut-off (mid-2015) touches no other test's rows in the shared database.
    const now = new Date("2020-06-01T12:00:00Z");
    const day = 86_400_000;
    await prisma.auditEvent.createMany({
      data: [
        { action: `${p}.old`, subjectType: "CitizenProfile", subjectId: world.mine.id, createdAt: new Date(now.getTime() - 1827 * day) },
        { action: `${p}.kept`, subjectType: "CitizenProfile", subjectId: world.mine.id, createdAt: new Date(now.getTime() - 1825 * day) },
      ],
    });
    expect(await pruneAuditEvents(now, 1826)).toBeGreaterThanOrEqual(1);
    expect(await prisma.auditEvent.count({ where: { action: `${p}.old` } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: `${p}.kept` } })).toBe(1);
  });
});

describe("the citizen's file", () => {
  it("holds contact, private notes, match history with notes, and writes exactly one audit event", async () => {
    const before = await prisma.auditEvent.count({ where: { subjectType: "CitizenProfile", subjectId: world.mine.id } });
    const file = await getCitizenFile(world.k2, world.mine.id);
    expect(file?.user).toMatchObject({ name: world.mine.user.name, email: world.mine.user.email, phone: "12345678" });
    expect(file?.needs.map((n) => n.note)).toEqual([`${p} privat note`]);
    const approved = file?.matches.find((m) => m.status === "APPROVED");
    expect(approved?.events.map((e) => e.toStatus)).toEqual(["PROPOSED", "APPROVED"]);
    expect(approved?.events[1]).toMatchObject({ note: `${p} god match`, actor: { role: "CONSULTANT" } });
    expect(await prisma.auditEvent.count({ where: { subjectType: "CitizenProfile", subjectId: world.mine.id } })).toBe(before + 1);
    // The view log includes this very read, by this consultant.
    expect(file?.views[0]).toMatchObject({ action: "citizen.view", actorRole: "CONSULTANT", actor: { name: expect.any(String) } });
  });

  it("is not found for another municipality's consultant (id guessing), and that writes no audit", async () => {
    const before = await viewsOf(world.mine.id, "citizen.view");
    expect(await getCitizenFile(world.stranger, world.mine.id)).toBeNull();
    expect(await getCitizenFile(world.k1, "does-not-exist")).toBeNull();
    expect(await viewsOf(world.mine.id, "citizen.view")).toBe(before);
  });
});
