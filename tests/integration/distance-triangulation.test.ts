import { fakerDA } from "@faker-js/faker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/types";
import { getCandidateForEmployer } from "@/lib/db/employer-candidates";
import { getOwnCandidateCard } from "@/lib/db/candidate-cards";
import { NEW_POSTAL_CODES_PER_WEEK } from "@/lib/db/opening-postal-codes";
import { createOpening, setOpeningStatus, updateOwnOpening, type OpeningData } from "@/lib/db/openings";
import { candidateRef } from "@/lib/privacy/pseudonyms";
import { buildCitizen } from "@/tests/factories/citizens";
import { upsertCitizen } from "@/tests/factories/persist";
import { createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";
import type { CitizenSeed } from "@/tests/factories/types";

// An employer who reads a candidate's distance band from openings at chosen postal codes can
// locate her, even when her card only says "Danmark". This is that attack, and its defences:
// no distance for unpublished openings or generalised areas, and a weekly allowance of new codes.
const p = uniquePrefix("tri");
const actor = (u: { id: string; role: Role }) => ({ id: u.id, role: u.role });
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const m = await createMunicipality(prisma, p);
  const consultant = await createConsultant(prisma, p, m.code);
  const citizen = async (name: string, needs: CitizenSeed["needs"]) => {
    const base = buildCitizen(fakerDA, 0, { municipalityCode: m.code, consultantEmail: consultant.email });
    const seed: CitizenSeed = {
      ...base, id: `${p}-${name}`, alias: `${p} ${name}`,
      user: { ...base.user, id: `${p}-${name}-user`, email: `${p}-${name}@test.dk` },
      skills: ["rengøring"], hoursMin: 5, hoursMax: 8, availability: [], postalCode: "2820",
      // Far enough that the commute rule never decides: only the band could tell the distance.
      maxCommuteKm: 1000, needs, status: "SEEKING", visibleToEmployers: true,
    };
    await upsertCitizen(prisma, seed, null);
    return seed.id;
  };
  // Three share their area and needs (shown as the municipality); one has a rare combination of
  // needs and is shown only as the region or the country.
  const common = [await citizen("c1", []), await citizen("c2", []), await citizen("c3", [])];
  const rare = await citizen("rare", [
    { code: "no_heavy_lifting", level: "MUST" },
    { code: "step_free_access", level: "MUST" },
    { code: "no_allergens_chemicals", level: "MUST" },
  ]);
  const company = await createEmployerWithOpening(prisma, `${p}-e`, m.code);
  return { common, rare, company, member: actor(company.member) };
}

const opening = (postalCode: string): OpeningData => ({
  title: `${p} Rengøring ${postalCode}`, description: "", tasks: [], requiredSkills: [], preferredSkills: [], occupation: null, industry: null,
  hoursMin: 4, hoursMax: 8, schedule: [], accommodations: [], postalCode, remotePossible: false, positions: 1,
});

async function fitFor(profileId: string, openingId: string) {
  const detail = await getCandidateForEmployer(world.member, candidateRef(world.company.employer.id, profileId), openingId);
  return detail!;
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("distance and the k-anonymous area", () => {
  const drafts: string[] = [];

  it("shows no distance from draft openings, whatever their postal codes", async () => {
    for (const code of ["2100", "8000", "9000"]) {
      const created = await createOpening(world.member, world.company.employer.id, opening(code));
      if (typeof created === "string" || !("id" in created)) throw new Error(JSON.stringify(created));
      drafts.push(created.id);
    }
    const fits = await Promise.all(drafts.map((id) => fitFor(world.common[0]!, id)));
    for (const { fit } of fits) {
      expect(JSON.stringify(fit)).not.toMatch(/km/);
      expect(fit?.components.distance).toMatchObject({ hidden: true, points: 0 });
      expect(fit?.reasons.map((r) => r.code)).toContain("distance_hidden");
    }
    // Three probes, one answer: nothing to triangulate from.
    expect(new Set(fits.map((f) => JSON.stringify(f.fit))).size).toBe(1);
  });

  it("shows a band for a published opening only when the card names the municipality", async () => {
    for (const id of drafts.slice(0, 2)) expect(await setOpeningStatus(world.member, id, "OPEN", new Date())).toBe("OPEN");
    const rareCard = await fitFor(world.rare, drafts[0]!);
    expect(rareCard.card.areaLabel.level).not.toBe("municipality");
    const rareFits = await Promise.all(drafts.slice(0, 2).map((id) => fitFor(world.rare, id)));
    for (const { fit } of rareFits) expect(JSON.stringify(fit)).not.toMatch(/km/);
    expect(new Set(rareFits.map((f) => JSON.stringify(f.fit))).size).toBe(1);

    const commonCard = await fitFor(world.common[0]!, drafts[0]!);
    expect(commonCard.card.areaLabel.level).toBe("municipality");
    // 2820 → 2100 is about 10 km: the band, never the kilometres.
    expect(commonCard.fit?.reasons.find((r) => r.code === "distance")?.da).toMatch(/^Bor (5–10|10–25) km fra arbejdspladsen$/);
  });

  it("shows the citizen exactly the area employers see in her preview, also while her card is hidden", async () => {
    const employerSees = (await fitFor(world.rare, drafts[0]!)).card;
    const rareUser = { id: `${p}-rare-user`, role: "CITIZEN" as const };
    const own = await getOwnCandidateCard(rareUser);
    expect(employerSees.areaLabel.level).not.toBe("municipality");
    expect(own?.area).toBe(employerSees.area);
    expect(own?.area).not.toBe(`${p} Kommune`);
    // Hidden: the label she would get if she showed the card again.
    await prisma.citizenProfile.update({ where: { id: world.rare }, data: { visibleToEmployers: false } });
    expect((await getOwnCandidateCard(rareUser))?.area).toBe(employerSees.area);
    const commonUser = { id: `${p}-c1-user`, role: "CITIZEN" as const };
    expect((await getOwnCandidateCard(commonUser))?.area).toBe(`${p} Kommune`);
    await prisma.citizenProfile.update({ where: { id: world.rare }, data: { visibleToEmployers: true } });
  });

  it("allows a company only a few new postal codes a week; codes it already uses are free", async () => {
    // Used so far: the company's own code (the factory's opening) and 2100, 8000, 9000.
    const spare = NEW_POSTAL_CODES_PER_WEEK - 3;
    const more = ["5000", "6000", "7100", "4000", "3000"].slice(0, spare);
    for (const code of more) expect(await createOpening(world.member, world.company.employer.id, opening(code))).toHaveProperty("id");
    expect(await createOpening(world.member, world.company.employer.id, opening("9990"))).toEqual({ postalLimit: expect.any(Number) });
    expect(await updateOwnOpening(world.member, drafts[2]!, opening("9990"))).toEqual({ postalLimit: expect.any(Number) });
    expect((await prisma.jobOpening.findUniqueOrThrow({ where: { id: drafts[2]! } })).postalCode).toBe("9000");
    // Re-using a code: no new information, so no limit.
    expect(await createOpening(world.member, world.company.employer.id, opening("8000"))).toHaveProperty("id");
    expect(await updateOwnOpening(world.member, drafts[2]!, opening("2100"))).toBe("ok");
  });
});
