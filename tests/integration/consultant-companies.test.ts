import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { addCompanyNote, getCompanyForConsultant, listCompaniesForConsultant } from "@/lib/db/consultant-companies";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const p = uniquePrefix("co");
const now = new Date("2030-06-01T10:00:00Z");
let world: Awaited<ReturnType<typeof build>>;

const consultant = (id: string) => prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, municipalityId: true } });

async function build() {
  const m = await createMunicipality(prisma, p);
  const other = await createMunicipality(prisma, `${p}-x`);
  const k = await createConsultant(prisma, `${p}-k`, m.code);
  const colleague = await createConsultant(prisma, `${p}-k2`, m.code);
  const stranger = await createConsultant(prisma, `${p}-s`, other.code);
  const mine = await createEmployerWithOpening(prisma, `${p}-a`, m.code);
  const theirs = await createEmployerWithOpening(prisma, `${p}-b`, m.code);
  const foreign = await createEmployerWithOpening(prisma, `${p}-f`, other.code);
  // "mine" sorts after "theirs" by name ("-a" vs "-b" is the other way round), so rename to prove mine-first.
  await prisma.employer.update({ where: { id: mine.employer.id }, data: { consultantId: k.id, name: `${p} Zebra ApS` } });
  await prisma.employer.update({ where: { id: theirs.employer.id }, data: { consultantId: colleague.id, name: `${p} Alfa ApS` } });
  const citizen = await createCitizen(prisma, `${p}-c`, m.code);
  const declined = await createCitizen(prisma, `${p}-d`, m.code);
  const active = await prisma.match.create({ data: { openingId: mine.opening.id, citizenId: citizen.id, status: "APPROVED" } });
  await prisma.match.create({ data: { openingId: mine.opening.id, citizenId: declined.id, status: "CITIZEN_DECLINED" } });
  // The company asked for contact with a candidate of the other municipality: that match is theirs.
  const outsider = await createCitizen(prisma, `${p}-o`, other.code);
  const elsewhere = await prisma.match.create({ data: { openingId: mine.opening.id, citizenId: outsider.id, status: "EMPLOYER_INTERESTED", origin: "EMPLOYER" } });
  return { k: await consultant(k.id), stranger: await consultant(stranger.id), mine, theirs, foreign, citizen, active, outsider, elsewhere };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("consultant companies", () => {
  it("lists the municipality's companies, the consultant's own first, with open openings and active matches", async () => {
    const all = (await listCompaniesForConsultant(world.k, "all")).items.filter((c) => c.name.startsWith(p));
    expect(all.map((c) => c.id)).toEqual([world.mine.employer.id, world.theirs.employer.id]);
    expect(all[0]).toMatchObject({ mine: true, openOpenings: 1, activeMatches: 1 });
    expect(all[1]).toMatchObject({ mine: false, consultantName: `${p}-k2 Konsulent` });
    const own = await listCompaniesForConsultant(world.k, "mine");
    expect(own.items.map((c) => c.id)).toEqual([world.mine.employer.id]);
    expect(own).toMatchObject({ total: 1, page: 1, pages: 1 });
    expect((await listCompaniesForConsultant(world.stranger, "all")).items.map((c) => c.id)).not.toContain(world.mine.employer.id);
  });

  it("shows a company with its openings and matches (citizen names, audited), but not another municipality's", async () => {
    const company = await getCompanyForConsultant(world.k, world.mine.employer.id);
    expect(company?.openings.map((o) => o.id)).toEqual([world.mine.opening.id]);
    expect(company?.matches.find((m) => m.id === world.active.id)).toMatchObject({ status: "APPROVED", citizenName: world.citizen.user.name });
    const audit = await prisma.auditEvent.findFirst({ where: { actorId: world.k.id, action: "company.matches", subjectIds: { has: world.citizen.id } } });
    expect(audit).not.toBeNull();
    // Another municipality's citizen in contact with the company: not named, not even read.
    expect(company?.matches.map((m) => m.id)).not.toContain(world.elsewhere.id);
    expect(JSON.stringify(company)).not.toContain(world.outsider.user.name);
    expect(await prisma.auditEvent.count({ where: { actorId: world.k.id, subjectIds: { has: world.outsider.id } } })).toBe(0);
    expect(await getCompanyForConsultant(world.k, world.foreign.employer.id)).toBeNull();
    expect(await getCompanyForConsultant(world.stranger, world.mine.employer.id)).toBeNull();
  });

  it("keeps a note log, newest first, that only the municipality's consultants can write to", async () => {
    expect(await addCompanyNote(world.k, world.mine.employer.id, "Første møde holdt", now)).toBe(true);
    expect(await addCompanyNote(world.k, world.mine.employer.id, "Ringede om praktik", new Date(now.getTime() + 60_000))).toBe(true);
    expect(await addCompanyNote(world.stranger, world.mine.employer.id, "Fremmed note", now)).toBe(false);
    expect(await addCompanyNote(world.k, world.foreign.employer.id, "Forkert kommune", now)).toBe(false);
    const company = await getCompanyForConsultant(world.k, world.mine.employer.id);
    expect(company?.notes.map((n) => n.body)).toEqual(["Ringede om praktik", "Første møde holdt"]);
    expect(company?.notes[0]?.authorName).toBe(`${p}-k Konsulent`);
    expect(await prisma.companyNote.count({ where: { employerId: world.foreign.employer.id } })).toBe(0);
  });
});

describe("the companies list at scale", () => {
  it("pages by 20 with the consultant's own first across pages, and counts them all", async () => {
    const q = uniquePrefix("cop");
    const m = await createMunicipality(prisma, q);
    const k = await consultant((await createConsultant(prisma, `${q}-k`, m.code)).id);
    for (let i = 0; i < 23; i++) {
      const { employer } = await createEmployerWithOpening(prisma, `${q}-e${String(i).padStart(2, "0")}`, m.code);
      // The last one by name is the consultant's own: it must still come first.
      if (i === 22) await prisma.employer.update({ where: { id: employer.id }, data: { consultantId: k.id } });
    }
    const first = await listCompaniesForConsultant(k, "all");
    const second = await listCompaniesForConsultant(k, "all", { page: 2 });
    expect(first).toMatchObject({ total: 23, page: 1, pages: 2 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]).toMatchObject({ mine: true });
    expect(second.items).toHaveLength(3);
    const names = [...first.items, ...second.items].map((c) => c.name);
    expect(new Set(names).size).toBe(23);
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    expect((await listCompaniesForConsultant(k, "all", { page: 9 })).page).toBe(2);
  });
});
