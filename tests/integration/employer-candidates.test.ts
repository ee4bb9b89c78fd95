import { fakerDA } from "@faker-js/faker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/types";
import { requestContact } from "@/lib/db/contact-requests";
import { browseCandidatesForEmployer, getCandidateForEmployer, PAGE_SIZE, rankCandidatesForOpeningForEmployer } from "@/lib/db/employer-candidates";
import { offerAccommodation } from "@/lib/db/opening-unlock";
import { candidateRef, companyAlias, profileIdFromRef } from "@/lib/privacy/pseudonyms";
import { buildCitizen } from "@/tests/factories/citizens";
import { upsertCitizen } from "@/tests/factories/persist";
import { createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";
import type { CitizenSeed } from "@/tests/factories/types";

const p = uniquePrefix("ec");
const now = new Date("2030-04-01T09:00:00Z");
const actor = (u: { id: string; role: Role }) => ({ id: u.id, role: u.role });
const SECRET_NOTE = `${p}-hemmelig-note`;
const POSTAL = "3460";
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const m = await createMunicipality(prisma, p);
  const consultant = await createConsultant(prisma, p, m.code);
  const seeds: CitizenSeed[] = [];
  const citizen = async (name: string, overrides: Partial<CitizenSeed> = {}) => {
    const base = buildCitizen(fakerDA, 0, { municipalityCode: m.code, consultantEmail: consultant.email });
    const seed: CitizenSeed = {
      ...base,
      id: `${p}-${name}`,
      alias: `${p} ${name}`,
      user: { ...base.user, id: `${p}-${name}-user`, email: `${p}-${name}@test.dk`, phone: `+45 7${String(seeds.length).padStart(7, "0")}` },
      skills: ["rengøring"],
      hoursMin: 5,
      hoursMax: 8,
      availability: [],
      postalCode: POSTAL,
      maxCommuteKm: undefined,
      needs: [],
      status: "SEEKING",
      visibleToEmployers: true,
      experience: [{ title: "Rengøring", employerName: `${p} Hemmelig Arbejdsgiver`, fromYear: 2010, toYear: 2020 }],
      ...overrides,
    };
    await upsertCitizen(prisma, seed, null);
    seeds.push(seed);
    return seed.id;
  };
  const ids = {
    a: await citizen("a", { skills: ["rengøring", "truckkørsel"], needs: [{ code: "extra_breaks", level: "PREFER", note: SECRET_NOTE }] }),
    b: await citizen("b", { status: "EMPLOYED_WANTS_CHANGE" }),
    hidden: await citizen("hidden", { visibleToEmployers: false }),
    paused: await citizen("paused", { status: "PAUSED" }),
    quiet: await citizen("quiet", { needs: [{ code: "quiet_environment", level: "MUST", note: SECRET_NOTE }] }),
    fulltime: await citizen("fulltime", { hoursMin: 30, hoursMax: 37 }),
  };
  const extra: string[] = [];
  for (let i = 0; i < 22; i++) extra.push(await citizen(`x${i}`));
  const one = await createEmployerWithOpening(prisma, `${p}-e1`, m.code);
  const two = await createEmployerWithOpening(prisma, `${p}-e2`, m.code);
  await prisma.jobOpening.update({ where: { id: one.opening.id }, data: { requiredSkills: [] } });
  const closed = await prisma.jobOpening.create({
    data: { id: `${p}-closed`, employerId: one.employer.id, title: `${p} lukket`, hoursMin: 4, hoursMax: 8, postalCode: "2820", status: "CLOSED" },
  });
  return { m, ids, extra, seeds, consultant: actor(consultant), one, two, closed, member: actor(one.member), other: actor(two.member) };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

/** The references company one and company two have for a candidate, and the profile id behind a card. */
const refOne = (profileId: string) => candidateRef(world.one.employer.id, profileId);
const refTwo = (profileId: string) => candidateRef(world.two.employer.id, profileId);
const idOf = (card: { id: string }) => profileIdFromRef(card.id, [world.one.employer.id, world.two.employer.id]);

async function allPages(openingId: string) {
  const first = (await rankCandidatesForOpeningForEmployer(world.member, openingId))!;
  const pages = [first];
  for (let page = 2; page <= first.pages; page++) pages.push((await rankCandidatesForOpeningForEmployer(world.member, openingId, { page }))!);
  return pages;
}

/** Every secret of every citizen of this world that must never reach an employer. */
function secrets(): string[] {
  return world.seeds.flatMap((s) => [s.user.name, s.user.email, s.user.phone!, `${p} Hemmelig Arbejdsgiver`]).concat([SECRET_NOTE, POSTAL]);
}

describe("candidates ranked for an opening", () => {
  it("ranks only visible, seeking candidates, eligible first, a page at a time", async () => {
    const pages = await allPages(world.one.opening.id);
    const first = pages[0]!;
    expect(first.eligible).toBeGreaterThanOrEqual(24);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.pages).toBe(Math.ceil(first.eligible / PAGE_SIZE));
    const shown = pages.flatMap((pg) => pg.items);
    expect(shown.every((r) => r.fit.eligible)).toBe(true);
    expect(new Set(shown.map((r) => idOf(r.card))).size).toBe(shown.length);
    const ids = shown.map((r) => idOf(r.card));
    for (const id of [world.ids.a, world.ids.b, ...world.extra]) expect(ids).toContain(id);
    const everything = pages.flatMap((pg) => [...pg.items, ...pg.almost]).map((r) => idOf(r.card));
    expect(everything).not.toContain(world.ids.hidden);
    expect(everything).not.toContain(world.ids.paused);
    expect(first.almost.every((r) => !r.fit.eligible && r.fit.blockers.length > 0)).toBe(true);
    const scores = first.items.map((r) => r.fit.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it("gives the unlock advice from the engine", async () => {
    const result = (await rankCandidatesForOpeningForEmployer(world.member, world.one.opening.id))!;
    expect(result.advice.accommodation?.unlocks ?? 0).toBeGreaterThanOrEqual(1);
    // The 30–37 hour candidate is blocked only by the hours, but a 4–8 hour job is not told to
    // become a 30-hour one: widening stops at +50 % or 5 hours (lib/matching/unlock-advice.ts).
    expect(result.advice.hours).toEqual([]);
  });

  it("never returns a name, contact, postal code, need note or hidden employer name", async () => {
    const pages = await allPages(world.one.opening.id);
    const browse = await browseCandidatesForEmployer(world.member, { area: `r:${world.m.region}`, openingId: world.one.opening.id });
    const detail = await getCandidateForEmployer(world.member, refOne(world.ids.a), world.one.opening.id);
    const text = JSON.stringify([pages, browse, detail]);
    for (const secret of secrets()) expect(text).not.toContain(secret);
    expect(detail?.fit?.reasons.some((r) => r.code === "distance" && r.da.includes("km"))).toBe(true);
  });

  it("gives nothing for another company's opening", async () => {
    expect(await rankCandidatesForOpeningForEmployer(world.other, world.one.opening.id)).toBeNull();
    expect(await rankCandidatesForOpeningForEmployer(world.consultant, world.one.opening.id)).toBeNull();
    expect(await offerAccommodation(world.other, world.one.opening.id, "quiet_environment")).toBe("not_found");
    expect(await requestContact(world.other, { openingId: world.one.opening.id, candidate: refTwo(world.ids.a), message: "Hej" }, now)).toEqual({ outcome: "not_found" });
    expect((await getCandidateForEmployer(world.other, refTwo(world.ids.a), world.one.opening.id))?.fit).toBeNull();
  });
});

describe("the cached pool", () => {
  it("follows a citizen hiding the card and a need added straight to the needs table", async () => {
    const ids = async () => (await allPages(world.one.opening.id)).flatMap((pg) => pg.items.map((r) => idOf(r.card)));
    expect(await ids()).toContain(world.extra[21]);
    await prisma.citizenProfile.update({ where: { id: world.extra[21]! }, data: { visibleToEmployers: false } });
    expect(await ids()).not.toContain(world.extra[21]);
    await prisma.accommodationNeed.create({ data: { profileId: world.extra[20]!, code: "step_free_access", level: "MUST" } });
    const detail = await getCandidateForEmployer(world.member, refOne(world.extra[20]!), world.one.opening.id);
    expect(detail?.fit?.blockers.map((b) => b.code)).toContain("need:step_free_access");
  });
});

describe("area labels (k-anonymity)", () => {
  it("shows the municipality for common profiles and hides a rare need's area", async () => {
    const common = (await getCandidateForEmployer(world.member, refOne(world.ids.b)))!;
    expect(common.card.area).toBe(`${p} Kommune`);
    // The only person in the region with this MUST need: neither municipality nor region.
    const rare = (await getCandidateForEmployer(world.member, refOne(world.ids.quiet)))!;
    expect(rare.card.areaLabel).toEqual({ level: "country" });
    expect(rare.card.area).toBe("");
  });

  it("filters browse by hours, skills, needs the company can meet and area", async () => {
    const mine = { area: `m:${world.m.id}` };
    const ids = async (f: Parameters<typeof browseCandidatesForEmployer>[1]) => {
      const result = (await browseCandidatesForEmployer(world.member, f))!;
      const all = [...result.items];
      for (let page = 2; page <= result.pages; page++) all.push(...(await browseCandidatesForEmployer(world.member, f, { page }))!.items);
      return all.map((i) => idOf(i.card));
    };
    const inArea = await ids(mine);
    expect(inArea).toContain(world.ids.a);
    expect(inArea).not.toContain(world.ids.quiet);
    expect(inArea).not.toContain(world.ids.hidden);
    expect(await ids({ ...mine, skills: ["Truckkørsel"] })).toEqual([world.ids.a]);
    expect(await ids({ ...mine, hoursMin: 30, hoursMax: 40 })).toEqual([world.ids.fulltime]);
    const quietOk = await ids({ needs: ["quiet_environment"], skills: ["rengøring"] });
    expect(quietOk).toContain(world.ids.quiet);
    expect(await ids({ needs: ["extra_breaks"], skills: ["rengøring"] })).not.toContain(world.ids.quiet);
    const browse = (await browseCandidatesForEmployer(world.member, mine))!;
    expect(browse.items.every((i) => i.fit === null)).toBe(true);
    expect(browse.areas.map((a) => a.value)).toContain(`m:${world.m.id}`);
  });
});

describe("candidate detail and audit", () => {
  const auditCount = () => prisma.auditEvent.count({ where: { actorId: world.member.id } });

  it("writes exactly one audit event for a found card and none for a hidden one", async () => {
    const before = await auditCount();
    const detail = await getCandidateForEmployer(world.member, refOne(world.ids.a), world.one.opening.id);
    // The company's own alias and reference, never the stored alias or the profile id.
    expect(detail?.card.alias).toBe(companyAlias(world.one.employer.id, world.ids.a));
    expect(detail?.card.id).toBe(refOne(world.ids.a));
    expect(JSON.stringify(detail)).not.toContain(world.ids.a);
    expect(detail?.fit?.eligible).toBe(true);
    expect(await auditCount()).toBe(before + 1);
    const event = await prisma.auditEvent.findFirst({ where: { actorId: world.member.id }, orderBy: { createdAt: "desc" } });
    expect(event).toMatchObject({ action: "candidate.view", subjectType: "CitizenProfile", subjectId: world.ids.a, actorRole: "EMPLOYER" });
    expect(await getCandidateForEmployer(world.member, refOne(world.ids.hidden))).toBeNull();
    expect(await getCandidateForEmployer(world.member, refOne(world.ids.paused))).toBeNull();
    expect(await getCandidateForEmployer(world.member, refOne(`${p}-nobody`))).toBeNull();
    // Another company's reference, and the bare profile id, open nothing here.
    expect(await getCandidateForEmployer(world.member, refTwo(world.ids.a))).toBeNull();
    expect(await getCandidateForEmployer(world.member, world.ids.a)).toBeNull();
    expect(await auditCount()).toBe(before + 1);
  });
});

describe("ask for contact", () => {
  const matchOf = (citizenId: string) =>
    prisma.match.findUnique({ where: { openingId_citizenId: { openingId: world.one.opening.id, citizenId } }, include: { events: true } });

  it("creates one EMPLOYER_INTERESTED match with a snapshot and tells the consultant; twice stays one", async () => {
    const input = { openingId: world.one.opening.id, candidate: refOne(world.ids.a), message: "Vi vil gerne mødes" };
    const first = await requestContact(world.member, input, now);
    expect(first).toMatchObject({ outcome: "created", consultantNotified: true });
    const second = await requestContact(world.member, input, now);
    expect(second).toMatchObject({ outcome: "exists", status: "EMPLOYER_INTERESTED" });
    const match = (await matchOf(world.ids.a))!;
    expect(match).toMatchObject({ status: "EMPLOYER_INTERESTED", origin: "EMPLOYER", contactRequest: "Vi vil gerne mødes" });
    expect(match.score).toBeGreaterThan(0);
    expect(match.scoreBreakdown).toMatchObject({ eligible: true });
    expect(match.events).toHaveLength(1);
    const told = await prisma.notification.findMany({ where: { userId: world.consultant.id, matchId: match.id } });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ type: "MATCH_STATUS", data: { openingTitle: world.one.opening.title, status: "EMPLOYER_INTERESTED" } });
  });

  it("moves a PROPOSED match, keeps others, and makes one match when requests race", async () => {
    await prisma.match.create({ data: { openingId: world.one.opening.id, citizenId: world.ids.b, status: "PROPOSED", origin: "CITIZEN" } });
    const moved = await requestContact(world.member, { openingId: world.one.opening.id, candidate: refOne(world.ids.b), message: "Hej" }, now);
    expect(moved).toMatchObject({ outcome: "updated" });
    expect((await matchOf(world.ids.b))?.status).toBe("EMPLOYER_INTERESTED");
    const results = await Promise.all([1, 2, 3].map(() => requestContact(world.member, { openingId: world.one.opening.id, candidate: refOne(world.extra[0]!), message: "Hej" }, now)));
    expect(results.filter((r) => r.outcome === "created")).toHaveLength(1);
    expect(await prisma.match.count({ where: { openingId: world.one.opening.id, citizenId: world.extra[0]! } })).toBe(1);
  });

  it("refuses a closed opening and a candidate who is not visible", async () => {
    expect(await requestContact(world.member, { openingId: world.closed.id, candidate: refOne(world.ids.a), message: "Hej" }, now)).toEqual({ outcome: "not_found" });
    expect(await requestContact(world.member, { openingId: world.one.opening.id, candidate: refOne(world.ids.hidden), message: "Hej" }, now)).toEqual({ outcome: "not_found" });
  });
});

describe("offer an accommodation", () => {
  it("adds the code once, refuses unknown codes, and unlocks the candidate who needed it", async () => {
    const before = (await getCandidateForEmployer(world.member, refOne(world.ids.quiet), world.one.opening.id))!;
    expect(before.fit?.blockers.map((b) => b.code)).toContain("need:quiet_environment");
    expect(await offerAccommodation(world.member, world.one.opening.id, "quiet_environment")).toBe("added");
    expect(await offerAccommodation(world.member, world.one.opening.id, "quiet_environment")).toBe("already");
    expect(await offerAccommodation(world.member, world.one.opening.id, "bogus_code")).toBe("invalid_code");
    const opening = await prisma.jobOpening.findUniqueOrThrow({ where: { id: world.one.opening.id } });
    expect(opening.accommodations.filter((c) => c === "quiet_environment")).toHaveLength(1);
    const after = (await getCandidateForEmployer(world.member, refOne(world.ids.quiet), world.one.opening.id))!;
    expect(after.fit?.eligible).toBe(true);
  });
});
