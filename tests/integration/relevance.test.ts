// Relevance in the app: eligible people with nothing in common with an opening are not listed as
// "Kandidater der passer" but in their own section, for the employer, and the citizen's own jobs
// split the same way. Real PostgreSQL and the app's pools, as the pages use them.
import { fakerDA } from "@faker-js/faker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { rankFittingJobsForCitizen } from "@/lib/db/citizen-jobs";
import { rankCandidatesForOpeningForEmployer } from "@/lib/db/employer-candidates";
import { profileIdFromRef } from "@/lib/privacy/pseudonyms";
import { buildCitizen } from "@/tests/factories/citizens";
import { upsertCitizen } from "@/tests/factories/persist";
import { createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const p = uniquePrefix("rel");
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const m = await createMunicipality(prisma, p);
  const consultant = await createConsultant(prisma, p, m.code);
  const citizen = async (name: string, skills: string[]) => {
    const base = buildCitizen(fakerDA, 0, { municipalityCode: m.code, consultantEmail: consultant.email });
    await upsertCitizen(
      prisma,
      {
        ...base,
        id: `${p}-${name}`,
        alias: `${p} ${name}`,
        user: { ...base.user, id: `${p}-${name}-user`, email: `${p}-${name}@test.dk` },
        skills,
        wishOccupations: [],
        wishIndustries: [],
        openToNewField: false,
        hoursMin: 5,
        hoursMax: 8,
        availability: [],
        postalCode: "2820",
        maxCommuteKm: undefined,
        needs: [],
        status: "SEEKING",
        visibleToEmployers: true,
      },
      null,
    );
    return { profileId: `${p}-${name}`, actor: { id: `${p}-${name}-user`, role: "CITIZEN" as const } };
  };
  const people = {
    // Sixteen years of stairwells, in her own words; the opening asks for "Rengøring af trappeopgange".
    cleaner: await citizen("cleaner", ["rengøringsassistent i 16 år"]),
    windows: await citizen("windows", ["vinduespudsning"]),
    video: await citizen("video", ["videoproduktion", "klipning af film"]),
  };
  const { opening, employer, member } = await createEmployerWithOpening(prisma, `${p}-e`, m.code);
  await prisma.jobOpening.update({ where: { id: opening.id }, data: { requiredSkills: ["Rengøring af trappeopgange"], industry: null, occupation: null } });
  return { people, opening, employerId: employer.id, member: { id: member.id, role: "EMPLOYER" as const } };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("relevance", () => {
  it("lists the employer's eligible candidates with something in common first, the others in their own section", async () => {
    const result = await rankCandidatesForOpeningForEmployer(world.member, world.opening.id);
    if (!result) throw new Error("the employer's own opening was not found");
    // The database is shared with other test files: walk every page of both lists.
    const items = [...result.items];
    const others = [...result.others.items];
    for (let page = 2; page <= result.pages; page++) items.push(...((await rankCandidatesForOpeningForEmployer(world.member, world.opening.id, { page }))?.items ?? []));
    for (let otherPage = 2; otherPage <= result.others.pages; otherPage++) {
      others.push(...((await rankCandidatesForOpeningForEmployer(world.member, world.opening.id, { otherPage }))?.others.items ?? []));
    }
    const ours = (cards: { card: { id: string } }[]) =>
      cards.map((c) => profileIdFromRef(c.card.id, [world.employerId])).filter((id): id is string => id?.startsWith(p) ?? false);
    const mine = (id: string) => items.find((c) => profileIdFromRef(c.card.id, [world.employerId]) === id);
    expect(ours(items)).toEqual([world.people.cleaner.profileId, world.people.windows.profileId]);
    expect(ours(others)).toEqual([world.people.video.profileId]);
    expect(result.eligible - result.relevant).toBeGreaterThanOrEqual(1);
    const cleaner = mine(world.people.cleaner.profileId)?.fit.reasons.find((r) => r.code === "required_skills");
    expect(cleaner?.da).toBe("Har 1 af 1 krævede kompetencer: Rengøring af trappeopgange (rengøring = rengøringsassistent)");
    const windows = mine(world.people.windows.profileId)?.fit.reasons.find((r) => r.code === "required_skills");
    expect(windows?.da).toMatch(/^Har 0,5 af 1 krævede kompetencer: delvist Rengøring af trappeopgange \(.+ ~ vinduespudsning, beslægtet\)$/);
    const video = others.find((c) => profileIdFromRef(c.card.id, [world.employerId]) === world.people.video.profileId);
    expect(video?.fit.reasons.map((r) => r.code)).toContain("no_common_ground");
  });

  it("splits the citizen's own fitting jobs the same way", async () => {
    const mine = (page: { items: { job: { id: string } }[] } | undefined) => (page?.items ?? []).map((j) => j.job.id).filter((id) => id === world.opening.id);
    const cleaner = await rankFittingJobsForCitizen(world.people.cleaner.actor, { pageSize: 100_000 });
    expect([mine(cleaner?.relevant), mine(cleaner?.others)]).toEqual([[world.opening.id], []]);
    const video = await rankFittingJobsForCitizen(world.people.video.actor, { pageSize: 100_000 });
    expect([mine(video?.relevant), mine(video?.others)]).toEqual([[], [world.opening.id]]);
    expect(video?.others.total).toBeGreaterThanOrEqual(1);
  });
});
