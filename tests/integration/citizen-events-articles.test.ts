import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/types";
import { getArticle, listArticles } from "@/lib/db/articles";
import { cancelEventSignup, listUpcomingEvents, signUpForEvent } from "@/lib/db/events";
import { createCitizen, createConsultant, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const a = uniquePrefix("ev-a");
const b = uniquePrefix("ev-b");
const now = new Date("2030-05-01T10:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const actor = (u: { id: string; role: Role }) => ({ id: u.id, role: u.role });
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const [mA, mB] = [await createMunicipality(prisma, a), await createMunicipality(prisma, b)];
  const consultantA = await createConsultant(prisma, a, mA.code);
  const citizenA1 = await createCitizen(prisma, `${a}-1`, mA.code);
  const citizenA2 = await createCitizen(prisma, `${a}-2`, mA.code);
  const citizenB = await createCitizen(prisma, b, mB.code);
  const crowd = await Promise.all([3, 4, 5, 6, 7, 8].map((n) => createCitizen(prisma, `${a}-${n}`, mA.code)));
  const event = (id: string, municipalityId: string, data: Partial<{ startsAt: Date; capacity: number; publishedAt: Date | null; audience: "CITIZENS" | "EMPLOYERS" | "ALL" }>) =>
    prisma.event.create({
      data: { id: `${a}-${id}`, municipalityId, title: id, location: "Jobcentret", startsAt: days(5), capacity: 10, publishedAt: days(-1), ...data },
    });
  const article = (id: string, municipalityId: string, data: Partial<{ publishedAt: Date | null; audience: "CITIZENS" | "EMPLOYERS" | "ALL" }>) =>
    prisma.article.create({ data: { id: `${a}-${id}`, municipalityId, title: id, body: "Første afsnit.\n\nAndet afsnit.", publishedAt: days(-1), ...data } });
  const events = {
    later: await event("later", mA.id, { startsAt: days(10), audience: "ALL" }),
    soon: await event("soon", mA.id, { startsAt: days(2) }),
    single: await event("single", mA.id, { capacity: 1 }),
    popular: await event("popular", mA.id, { startsAt: days(20), capacity: 2 }),
    unpublished: await event("unpublished", mA.id, { publishedAt: null }),
    scheduled: await event("scheduled", mA.id, { publishedAt: days(1) }),
    past: await event("past", mA.id, { startsAt: days(-1), publishedAt: days(-3) }),
    employersOnly: await event("employers", mA.id, { audience: "EMPLOYERS" }),
    foreign: await event("foreign", mB.id, {}),
  };
  const articles = {
    older: await article("older", mA.id, { publishedAt: days(-10) }),
    newer: await article("newer", mA.id, { publishedAt: days(-2), audience: "ALL" }),
    unpublished: await article("a-unpublished", mA.id, { publishedAt: null }),
    scheduled: await article("a-scheduled", mA.id, { publishedAt: days(3) }),
    employersOnly: await article("a-employers", mA.id, { audience: "EMPLOYERS" }),
    foreign: await article("a-foreign", mB.id, {}),
  };
  return {
    events, articles,
    citizenA1: actor(citizenA1.user), citizenA2: actor(citizenA2.user), citizenB: actor(citizenB.user),
    crowd: crowd.map((c) => actor(c.user)),
    consultantA: actor(consultantA),
  };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("citizen events", () => {
  it("lists only published, upcoming citizen events of the citizen's own municipality, soonest first", async () => {
    const { events } = world;
    const listed = await listUpcomingEvents(world.citizenA1, now);
    expect(listed.map((e) => e.id)).toEqual([events.soon.id, events.single.id, events.later.id, events.popular.id]);
    expect(listed[0]).toMatchObject({ capacity: 10, seatsTaken: 0, seatsLeft: 10, signedUp: false });
    const listedB = await listUpcomingEvents(world.citizenB, now);
    expect(listedB.map((e) => e.id)).toEqual([events.foreign.id]);
  });

  it("signs up, shows the seat as taken, and cancels", async () => {
    const { soon } = world.events;
    expect(await signUpForEvent(world.citizenA1, soon.id, now)).toBe("ok");
    expect(await signUpForEvent(world.citizenA1, soon.id, now)).toBe("already");
    const mine = (await listUpcomingEvents(world.citizenA1, now)).find((e) => e.id === soon.id);
    expect(mine).toMatchObject({ seatsTaken: 1, seatsLeft: 9, signedUp: true });
    const theirs = (await listUpcomingEvents(world.citizenA2, now)).find((e) => e.id === soon.id);
    expect(theirs).toMatchObject({ seatsTaken: 1, signedUp: false });

    expect(await cancelEventSignup(world.citizenA1, soon.id)).toBe(true);
    expect(await cancelEventSignup(world.citizenA1, soon.id)).toBe(false);
    expect((await listUpcomingEvents(world.citizenA1, now)).find((e) => e.id === soon.id)).toMatchObject({ seatsTaken: 0, signedUp: false });
  });

  it("cannot sign up for another municipality's, unpublished, past or employer-only event by guessing its id", async () => {
    const { events } = world;
    for (const event of [events.foreign, events.unpublished, events.scheduled, events.past, events.employersOnly]) {
      expect(await signUpForEvent(world.citizenA1, event.id, now)).toBe("not_found");
    }
    expect(await signUpForEvent(world.citizenA1, "no-such-event", now)).toBe("not_found");
    expect(await prisma.eventSignup.count({ where: { userId: world.citizenA1.id } })).toBe(0);
  });

  it("gives exactly one of two concurrent sign-ups the last seat", async () => {
    const { single } = world.events;
    const results = await Promise.all([
      signUpForEvent(world.citizenA1, single.id, now),
      signUpForEvent(world.citizenA2, single.id, now),
    ]);
    expect(results.toSorted()).toEqual(["full", "ok"]);
    expect(await prisma.eventSignup.count({ where: { eventId: single.id } })).toBe(1);
    const listed = (await listUpcomingEvents(world.citizenA1, now)).find((e) => e.id === single.id);
    expect(listed).toMatchObject({ seatsTaken: 1, seatsLeft: 0 });
  });

  it("never overbooks when many citizens sign up at once", async () => {
    const { popular } = world.events;
    const results = await Promise.all(world.crowd.map((citizen) => signUpForEvent(citizen, popular.id, now)));
    expect(results.filter((r) => r === "ok")).toHaveLength(2);
    expect(results.filter((r) => r === "full")).toHaveLength(4);
    expect(await prisma.eventSignup.count({ where: { eventId: popular.id } })).toBe(2);
  });

  it("does not let a citizen cancel someone else's sign-up, and gives other roles nothing", async () => {
    const { later } = world.events;
    expect(await signUpForEvent(world.citizenA2, later.id, now)).toBe("ok");
    expect(await cancelEventSignup(world.citizenA1, later.id)).toBe(false);
    expect(await cancelEventSignup(world.consultantA, later.id)).toBe(false);
    expect(await prisma.eventSignup.count({ where: { eventId: later.id } })).toBe(1);
    expect(await listUpcomingEvents(world.consultantA, now)).toEqual([]);
    expect(await signUpForEvent(world.consultantA, later.id, now)).toBe("not_found");
  });
});

describe("citizen articles", () => {
  it("lists only published citizen articles of the citizen's own municipality, newest first", async () => {
    const { articles } = world;
    const listed = await listArticles(world.citizenA1, now);
    expect(listed.map((x) => x.id)).toEqual([articles.newer.id, articles.older.id]);
    expect((await listArticles(world.citizenB, now)).map((x) => x.id)).toEqual([articles.foreign.id]);
    expect(await listArticles(world.consultantA, now)).toEqual([]);
  });

  it("opens the citizen's own article and nothing else by id", async () => {
    const { articles } = world;
    expect((await getArticle(world.citizenA1, articles.older.id, now))?.body).toBe("Første afsnit.\n\nAndet afsnit.");
    for (const article of [articles.foreign, articles.unpublished, articles.scheduled, articles.employersOnly]) {
      expect(await getArticle(world.citizenA1, article.id, now)).toBeNull();
    }
    expect(await getArticle(world.consultantA, articles.older.id, now)).toBeNull();
  });
});
