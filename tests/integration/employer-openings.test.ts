import { newRecordId } from "@/lib/auth/tokens";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { getJobForCitizen } from "@/lib/db/citizen-jobs";
import { allRankedJobs } from "./all-ranked-jobs";
import { createOpening, getOwnOpeningForEditing, setOpeningStatus, updateOwnOpening, type OpeningData } from "@/lib/db/openings";
import type { Role } from "@/lib/db/types";
import { logger } from "@/lib/runtime/logger";
import { configureSmtpUrl } from "@/lib/mail/transport";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// Lets one test make the new-job notifications fail, to show publishing survives that.
const notify = vi.hoisted(() => ({ fail: false }));
vi.mock("@/lib/db/new-job-notifications", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db/new-job-notifications")>();
  return {
    ...real,
    notifyCitizensOfNewOpening: async (openingId: string) => {
      if (notify.fail) throw new Error("notifications down");
      return real.notifyCitizensOfNewOpening(openingId);
    },
  };
});

const p = uniquePrefix("eo");
const now = new Date("2030-05-01T08:00:00Z");
const actor = (u: { id: string; role: Role }) => ({ id: u.id, role: u.role });
let world: Awaited<ReturnType<typeof build>>;

const input = (patch: Partial<OpeningData> = {}): OpeningData => ({
  title: `${p} Rengøring på plejehjem`,
  description: "Et roligt plejehjem.",
  tasks: ["Aftørring", "Gulvvask"],
  requiredSkills: ["rengøring"],
  preferredSkills: ["vinduespudsning"],
  occupation: "rengøringsassistent",
  industry: "rengøring",
  hoursMin: 4,
  hoursMax: 8,
  schedule: [],
  accommodations: ["quiet_environment", "extra_breaks"],
  postalCode: "2820",
  remotePossible: false,
  positions: 10,
  ...patch,
});

async function build() {
  const m = await createMunicipality(prisma, p);
  const consultant = await createConsultant(prisma, p, m.code);
  const citizen = await createCitizen(prisma, p, m.code, consultant.email);
  // A citizen the new openings fit well: same skill, wish, hours and place, visible, seeking.
  await prisma.accommodationNeed.deleteMany({ where: { profileId: citizen.id } });
  await prisma.citizenProfile.update({
    where: { id: citizen.id },
    data: {
      skills: ["rengøring"], wishOccupations: ["rengøringsassistent"], wishIndustries: ["rengøring"], hoursMin: 4, hoursMax: 8,
      availability: [], postalCode: "2820", maxCommuteKm: null, status: "SEEKING", visibleToEmployers: true,
    },
  });
  const one = await createEmployerWithOpening(prisma, `${p}-one`, m.code);
  const two = await createEmployerWithOpening(prisma, `${p}-two`, m.code);
  // A colleague in company one: access follows the company, not who created the opening.
  const colleague = await prisma.user.create({
    data: { id: `${p}-colleague`, email: `${p}-colleague@test.dk`, name: `${p} Kollega`, role: "EMPLOYER", employerMembers: { create: { employerId: one.employer.id } } },
  });
  return {
    one, two,
    memberOne: actor(one.member), memberTwo: actor(two.member), colleague: actor(colleague),
    consultant: actor(consultant), citizen: actor(citizen.user),
  };
}

beforeAll(async () => {
  configureSmtpUrl(undefined);
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

const row = (id: string) => prisma.jobOpening.findUniqueOrThrow({ where: { id } });
const visibleToCitizen = async (id: string) => ((await allRankedJobs(world.citizen, { q: p })) ?? []).some((r) => r.job.id === id);

describe("creating an opening", () => {
  it("saves a private draft for the actor's own company, with every field", async () => {
    const created = await createOpening(world.memberOne, world.one.employer.id, input());
    if (typeof created === "string" || !("id" in created)) throw new Error(JSON.stringify(created));
    expect(await row(created.id)).toMatchObject({ ...input(), employerId: world.one.employer.id, status: "DRAFT", publishedAt: null });
    // Drafts are never shown to citizens, in the list or by id.
    expect(await visibleToCitizen(created.id)).toBe(false);
    expect(await getJobForCitizen(world.citizen, created.id)).toBeNull();
    expect(await prisma.notification.count({ where: { openingId: created.id } })).toBe(0);
  });

  it("keeps an id the server made for this user; another company's id gets the same answer as a made-up one", async () => {
    const chosen = newRecordId(world.memberOne.id);
    expect(await createOpening(world.memberOne, world.one.employer.id, input(), { id: chosen })).toEqual({ id: chosen });
    // A double click: the same id again.
    expect(await createOpening(world.memberOne, world.one.employer.id, input(), { id: chosen })).toBe("exists");
    // Before, another company's existing id answered "exists" (it told that the id was real).
    expect(await createOpening(world.memberOne, world.one.employer.id, input({ title: "overtaget" }), { id: world.two.opening.id })).toBe("not_found");
    expect(await createOpening(world.memberOne, world.one.employer.id, input({ title: "opdigtet" }), { id: `${p}-made-up` })).toBe("not_found");
    expect(await createOpening(world.colleague, world.one.employer.id, input(), { id: newRecordId(world.memberOne.id) })).toBe("not_found");
    expect((await row(world.two.opening.id)).title).toBe(world.two.opening.title);
  });

  it("saves once when the same form is sent ten times at once: one opening, nine \"exists\", no error", async () => {
    const id = newRecordId(world.memberOne.id);
    const results = await Promise.all(Array.from({ length: 10 }, () => createOpening(world.memberOne, world.one.employer.id, input({ title: `${p} Dobbeltklik`, postalCode: "6700" }), { id })));
    expect(results.filter((r) => typeof r === "object" && "id" in r)).toEqual([{ id }]);
    expect(results.filter((r) => r === "exists")).toHaveLength(9);
    expect(await prisma.jobOpening.count({ where: { id } })).toBe(1);
  });

  it("refuses another company's id and actors who are not employers", async () => {
    expect(await createOpening(world.memberOne, world.two.employer.id, input())).toBe("not_found");
    expect(await createOpening(world.consultant, world.one.employer.id, input())).toBe("not_found");
    expect(await createOpening(world.citizen, world.one.employer.id, input())).toBe("not_found");
    expect(await prisma.jobOpening.count({ where: { employerId: world.two.employer.id } })).toBe(1);
  });
});

describe("editing an opening", () => {
  it("updates an own opening, also for a colleague, and returns it for the edit form", async () => {
    const created = (await createOpening(world.memberOne, world.one.employer.id, input())) as { id: string };
    expect(await updateOwnOpening(world.colleague, created.id, input({ title: `${p} Ny titel`, positions: 2, schedule: ["mon-morning"], occupation: null }))).toBe("ok");
    const editing = await getOwnOpeningForEditing(world.memberOne, created.id);
    expect(editing).toMatchObject({ id: created.id, title: `${p} Ny titel`, positions: 2, schedule: ["mon-morning"], occupation: null, status: "DRAFT" });
    expect(editing?.employer.name).toBe(world.one.employer.name);
    expect(editing?._count.matches).toBe(0);
  });

  it("finds nothing when the id is another company's, and changes nothing", async () => {
    const theirs = world.two.opening.id;
    expect(await updateOwnOpening(world.memberOne, theirs, input({ title: "kapret" }))).toBe("not_found");
    expect(await updateOwnOpening(world.citizen, theirs, input({ title: "kapret" }))).toBe("not_found");
    expect((await row(theirs)).title).toBe(world.two.opening.title);
    expect(await getOwnOpeningForEditing(world.memberOne, theirs)).toBeNull();
    expect(await getOwnOpeningForEditing(world.consultant, theirs)).toBeNull();
    expect(await getOwnOpeningForEditing(world.memberOne, `${p}-no-such-opening`)).toBeNull();
  });
});

describe("the opening's lifecycle", () => {
  it("publishes, closes, reopens, fills and reopens again; refuses every other step", async () => {
    const { id } = (await createOpening(world.memberOne, world.one.employer.id, input({ title: `${p} Livsforløb` }))) as { id: string };
    expect(await setOpeningStatus(world.memberOne, id, "CLOSED", now)).toBe("invalid_transition");
    expect(await setOpeningStatus(world.memberOne, id, "FILLED", now)).toBe("invalid_transition");
    expect(await setOpeningStatus(world.memberOne, id, "DRAFT", now)).toBe("invalid_transition");

    expect(await setOpeningStatus(world.memberOne, id, "OPEN", now)).toBe("OPEN");
    expect(await row(id)).toMatchObject({ status: "OPEN", publishedAt: now });
    expect(await visibleToCitizen(id)).toBe(true);
    expect(await setOpeningStatus(world.memberOne, id, "OPEN", now)).toBe("invalid_transition");
    expect(await setOpeningStatus(world.memberOne, id, "DRAFT", now)).toBe("invalid_transition");

    expect(await setOpeningStatus(world.colleague, id, "CLOSED", now)).toBe("CLOSED");
    expect(await visibleToCitizen(id)).toBe(false);
    expect(await setOpeningStatus(world.memberOne, id, "FILLED", now)).toBe("invalid_transition");

    const later = new Date(now.getTime() + 86_400_000);
    expect(await setOpeningStatus(world.memberOne, id, "OPEN", later)).toBe("OPEN");
    expect(await setOpeningStatus(world.memberOne, id, "FILLED", later)).toBe("FILLED");
    expect(await setOpeningStatus(world.memberOne, id, "CLOSED", later)).toBe("invalid_transition");
    expect(await setOpeningStatus(world.memberOne, id, "OPEN", later)).toBe("OPEN");
    // Reopening keeps the date it was first published.
    expect(await row(id)).toMatchObject({ status: "OPEN", publishedAt: now });
  });

  it("finds nothing when the id is another company's or the actor is not an employer, and changes nothing", async () => {
    const theirs = world.two.opening.id;
    expect(await setOpeningStatus(world.memberOne, theirs, "CLOSED", now)).toBe("not_found");
    expect(await setOpeningStatus(world.consultant, theirs, "CLOSED", now)).toBe("not_found");
    expect(await setOpeningStatus(world.citizen, theirs, "CLOSED", now)).toBe("not_found");
    expect(await setOpeningStatus(world.memberOne, `${p}-no-such-opening`, "OPEN", now)).toBe("not_found");
    expect((await row(theirs)).status).toBe("OPEN");
  });

  it("tells a well-fitting, visible citizen about a published opening once", async () => {
    const { id } = (await createOpening(world.memberOne, world.one.employer.id, input({ title: `${p} Besked` }))) as { id: string };
    const mine = () => prisma.notification.findMany({ where: { userId: world.citizen.id, openingId: id } });
    expect(await mine()).toEqual([]);
    expect(await setOpeningStatus(world.memberOne, id, "OPEN", now)).toBe("OPEN");
    const [note, ...rest] = await mine();
    expect(rest).toEqual([]);
    expect(note).toMatchObject({ type: "NEW_JOB", data: { openingTitle: `${p} Besked`, employerName: world.one.employer.name } });
    // Closing and reopening is not news: no second notification.
    await setOpeningStatus(world.memberOne, id, "CLOSED", now);
    await setOpeningStatus(world.memberOne, id, "OPEN", now);
    expect(await mine()).toHaveLength(1);
  });

  it("publishes even when the notifications fail, and logs the failure", async () => {
    const { id } = (await createOpening(world.memberOne, world.one.employer.id, input({ title: `${p} Uden besked` }))) as { id: string };
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    notify.fail = true;
    try {
      expect(await setOpeningStatus(world.memberOne, id, "OPEN", now)).toBe("OPEN");
      expect((await row(id)).status).toBe("OPEN");
      expect(error).toHaveBeenCalledWith(expect.objectContaining({ openingId: id }), expect.any(String));
    } finally {
      notify.fail = false;
      error.mockRestore();
    }
  });
});
