import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { proposeBundleAction } from "@/app/(consultant)/consultant/citizens/[id]/actions";
import { initialActionResult, type ActionResult } from "@/lib/actions/result";
import { bundlesForCitizenFile, ownBundles } from "@/lib/db/bundles";
import { getCitizenFile } from "@/lib/db/caseload";
import { answerSuggestion } from "@/lib/db/job-proposals";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/db/users";
import { session } from "./action-stand-ins";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// "Kombinér små job": the consultant's one step that suggests every job of a bundle to the citizen
// (asked first, as a single suggestion is), through the server action, on a real database. The
// framework's request parts are stand-ins.

vi.mock("@/lib/auth/guards", async () => (await import("./action-stand-ins")).guards);
vi.mock("next/cache", async () => (await import("./action-stand-ins")).cache);
vi.mock("next-intl/server", async () => (await import("./action-stand-ins")).danishTranslations());

const p = uniquePrefix("bundle");
let world: Awaited<ReturnType<typeof build>>;

const sessionUser = (id: string): Promise<SessionUser> =>
  prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, name: true, role: true, locale: true, municipalityId: true } });

async function build() {
  const [m, other] = [await createMunicipality(prisma, p), await createMunicipality(prisma, `${p}-x`)];
  const consultant = await createConsultant(prisma, `${p}-k`, m.code);
  const otherConsultant = await createConsultant(prisma, `${p}-k2`, other.code);
  const citizen = await createCitizen(prisma, `${p}-c`, m.code, consultant.email);
  // On Bornholm with a need few jobs offer, so only this test's openings fit her, whatever else is in the database.
  await prisma.citizenProfile.update({
    where: { id: citizen.id },
    data: {
      hoursMin: 10, hoursMax: 15, availability: ["mon-morning", "tue-morning", "wed-morning", "thu-afternoon", "fri-morning"], postalCode: "3700", maxCommuteKm: 10,
      needs: { deleteMany: {}, create: [{ code: "personal_assistance", level: "MUST" }] },
    },
  });
  const company = await createEmployerWithOpening(prisma, `${p}-e`, m.code);
  const job = (id: string, hours: number, schedule: string[]) =>
    prisma.jobOpening.create({
      data: { id: `${p}-${id}`, employerId: company.employer.id, title: `${p} ${id}`, hoursMin: hours, hoursMax: hours, schedule, postalCode: "3700", accommodations: ["personal_assistance"], requiredSkills: [], status: "OPEN" },
    });
  return {
    citizen,
    job,
    jobs: {
      sweep: await job("feje", 3, ["mon-morning"]), benches: await job("baenke", 4, ["wed-morning"]), bikes: await job("cykler", 5, ["thu-afternoon"]),
      gutters: await job("tagrender", 3, ["tue-morning"]), paint: await job("male", 4, ["fri-morning"]),
    },
    consultant: await sessionUser(consultant.id),
    otherConsultant: await sessionUser(otherConsultant.id),
    citizenUser: await sessionUser(citizen.user.id),
  };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

async function propose(user: SessionUser, openingIds: string[], profileId = world.citizen.id): Promise<ActionResult> {
  session.user = user;
  const form = new FormData();
  form.set("profileId", profileId);
  form.set("bundle", openingIds.join(" "));
  return proposeBundleAction(initialActionResult, form);
}

const matchesFor = (openingIds: string[]) =>
  prisma.match.findMany({ where: { citizenId: world.citizen.id, openingId: { in: openingIds } }, include: { events: true }, orderBy: { openingId: "asc" } });

describe("bundles of small jobs", () => {
  it("lists the bundles for the citizen's file to a consultant of her municipality, and to no one else", async () => {
    const file = (await getCitizenFile(world.consultant, world.citizen.id))!;
    const [best] = await bundlesForCitizenFile(world.consultant, file);
    expect(best!.jobs.map((j) => j.id).sort()).toEqual([world.jobs.benches.id, world.jobs.bikes.id, world.jobs.paint.id].sort());
    expect(best!.hours).toBe(13);
    expect(best!.jobs.every((j) => j.employer.name === `${p}-e ApS` && j.match === null)).toBe(true);
    expect(best!.reasons.map((r) => r.code)).toEqual(["bundle_hours", "bundle_schedule", "bundle_needs"]);
    expect(await bundlesForCitizenFile(world.otherConsultant, file)).toEqual([]);
  });

  it("asks the citizen about every job of a valid bundle once, however often it is sent, as a single suggestion does", async () => {
    const ids = [world.jobs.sweep.id, world.jobs.benches.id, world.jobs.bikes.id];
    expect(await propose(world.consultant, ids)).toEqual({
      ok: true,
      message: "De 3 job er foreslået. Borgeren har fået besked og kan svare under Mine match. Når hun siger ja til et job, kommer det under Match til godkendelse.",
    });
    expect(await propose(world.consultant, ids)).toEqual({ ok: true, message: "Alle jobbene havde allerede et match. Der er ikke oprettet noget nyt." });
    const matches = await matchesFor(ids);
    expect(matches).toHaveLength(3);
    for (const m of matches) {
      // SUGGESTED: not in the approval queue, and no employer sees it, until she says yes.
      expect(m).toMatchObject({ status: "SUGGESTED", origin: "CONSULTANT", municipalityId: expect.any(String) });
      expect(m.events).toHaveLength(1);
      expect(m.events[0]).toMatchObject({ toStatus: "SUGGESTED", actorId: world.consultant.id, note: expect.stringMatching(/^Kombination: /) });
    }
    // She is asked about each job, once (the second submit asked nothing).
    const asked = await prisma.notification.findMany({ where: { userId: world.citizenUser.id, matchId: { in: matches.map((m) => m.id) } }, select: { type: true, data: true } });
    expect(asked).toHaveLength(3);
    expect(asked.every((n) => n.type === "MATCH_STATUS" && (n.data as { status?: string }).status === "SUGGESTED")).toBe(true);
    const file = (await getCitizenFile(world.consultant, world.citizen.id))!;
    const shown = (await bundlesForCitizenFile(world.consultant, file)).flatMap((b) => b.jobs).filter((j) => ids.includes(j.id));
    expect(shown.every((j) => j.match?.status === "SUGGESTED")).toBe(true);
    // Her "Ja, jeg er interesseret" to one job puts that one, and only that one, in the queue.
    expect(await answerSuggestion(world.citizenUser, matches[0]!.id, true)).toBe("ok");
    expect((await matchesFor(ids)).map((m) => m.status)).toEqual(["PROPOSED", "SUGGESTED", "SUGGESTED"]);
  });

  it("creates nothing twice when the same bundle is sent twice at once, and leaves an earlier match as it is", async () => {
    const ids = [world.jobs.gutters.id, world.jobs.paint.id];
    await prisma.match.create({ data: { openingId: world.jobs.paint.id, citizenId: world.citizen.id, status: "REJECTED", origin: "EMPLOYER" } });
    const results = await Promise.all([propose(world.consultant, ids), propose(world.consultant, ids)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => (r.ok ? r.message : ""))).toContain("Et nyt job er foreslået, og borgeren har fået besked. Et af jobbene havde allerede et match. Det er ikke ændret.");
    // Ordered by opening id: "…-male" before "…-tagrender".
    expect((await matchesFor(ids)).map((m) => [m.openingId, m.status, m.origin, m.events.length])).toEqual([
      [world.jobs.paint.id, "REJECTED", "EMPLOYER", 0],
      [world.jobs.gutters.id, "SUGGESTED", "CONSULTANT", 1],
    ]);
  });

  it("refuses a bundle that no longer fits: a job closed, slots that now collide, too many hours", async () => {
    const [one, two] = [await world.job("one", 2, ["tue-morning"]), await world.job("two", 2, ["fri-morning"])];
    await prisma.jobOpening.update({ where: { id: two.id }, data: { status: "CLOSED" } });
    expect(await propose(world.consultant, [one.id, two.id])).toEqual({ ok: false, formError: "Et af jobbene er ikke ledigt længere. Der er ikke oprettet noget. Se de nye forslag." });

    await prisma.jobOpening.update({ where: { id: two.id }, data: { status: "OPEN", schedule: ["tue-morning"] } });
    expect(await propose(world.consultant, [one.id, two.id])).toEqual({ ok: false, formError: "To af jobbene ligger nu på samme tid. Der er ikke oprettet noget. Se de nye forslag." });

    await prisma.jobOpening.update({ where: { id: two.id }, data: { schedule: ["fri-morning"], hoursMin: 14, hoursMax: 14 } });
    expect(await propose(world.consultant, [one.id, two.id])).toEqual({ ok: false, formError: "Jobbene giver nu flere timer, end borgeren kan arbejde. Der er ikke oprettet noget. Se de nye forslag." });

    await prisma.jobOpening.update({ where: { id: two.id }, data: { hoursMin: 2, hoursMax: 2, accommodations: [] } });
    expect(await propose(world.consultant, [one.id, two.id])).toEqual({ ok: false, formError: "Et af jobbene passer ikke længere til borgeren. Der er ikke oprettet noget. Se de nye forslag." });
    expect(await matchesFor([one.id, two.id])).toEqual([]);
  });

  it("refuses a consultant without access to the citizen, and a bundle of one or four jobs", async () => {
    const ids = [world.jobs.benches.id, world.jobs.bikes.id];
    await prisma.match.deleteMany({ where: { citizenId: world.citizen.id, openingId: { in: ids } } });
    expect(await propose(world.otherConsultant, ids)).toEqual({ ok: false, formError: "Borgeren blev ikke fundet. Gå tilbage til sagsstammen, og prøv igen." });
    expect(await propose(world.consultant, [ids[0]!])).toMatchObject({ ok: false });
    expect(await propose(world.consultant, [...ids, world.jobs.sweep.id, world.jobs.gutters.id])).toMatchObject({ ok: false });
    expect(await propose(world.consultant, [ids[0]!, ids[0]!])).toMatchObject({ ok: false });
    expect(await matchesFor(ids)).toEqual([]);
  });

  it("shows the citizen her bundles only while no single job gives her all the hours she can work", async () => {
    const mine = await ownBundles(world.citizenUser);
    expect(mine?.[0]?.jobs.length).toBeGreaterThanOrEqual(2);
    expect(await ownBundles(world.consultant)).toBeNull();
    await prisma.jobOpening.update({ where: { id: (await world.job("stor", 12, [])).id }, data: { hoursMax: 15 } });
    expect(await ownBundles(world.citizenUser)).toBeNull();
  });
});
