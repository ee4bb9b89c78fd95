import { newRecordId } from "@/lib/auth/tokens";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getArticle } from "@/lib/db/articles";
import {
  createArticle,
  createEvent,
  getArticleForConsultant,
  getEventForConsultant,
  listArticlesForConsultant,
  listEventSignups,
  listEventsForConsultant,
  setArticlePublished,
  setEventPublished,
  updateArticle,
  updateEvent,
} from "@/lib/db/consultant-content";
import { listUpcomingEvents, signUpForEvent } from "@/lib/db/events";
import type { ArticleInput, EventInput } from "@/lib/validation/content";
import { createCitizen, createConsultant, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const p = uniquePrefix("cc");
const now = new Date("2030-06-01T10:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
let world: Awaited<ReturnType<typeof build>>;

const consultant = (id: string) => prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, municipalityId: true } });
const eventInput = (over: Partial<EventInput> = {}): EventInput => ({
  title: "Jobcafé", description: "Kom og mød virksomheder", location: "Jobcentret", startsAt: days(5), endsAt: null, capacity: 2, audience: "CITIZENS", ...over,
});
const articleInput = (over: Partial<ArticleInput> = {}): ArticleInput => ({
  title: "Sådan virker fleksjob", summary: "Kort fortalt", body: "Afsnit et.\n\nAfsnit to.", videoUrl: null, audience: "CITIZENS", ...over,
});

async function build() {
  const m = await createMunicipality(prisma, p);
  const other = await createMunicipality(prisma, `${p}-x`);
  const k = await createConsultant(prisma, `${p}-k`, m.code);
  const stranger = await createConsultant(prisma, `${p}-s`, other.code);
  const citizen1 = await createCitizen(prisma, `${p}-1`, m.code);
  const citizen2 = await createCitizen(prisma, `${p}-2`, m.code);
  return {
    k: await consultant(k.id), stranger: await consultant(stranger.id),
    citizen1, citizen2,
    c1: { id: citizen1.user.id, role: "CITIZEN" as const }, c2: { id: citizen2.user.id, role: "CITIZEN" as const },
  };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("events", () => {
  let eventId = "";
  it("are drafts until published; publishing shows them to the municipality's citizens", async () => {
    const id = (eventId = newRecordId(world.k.id));
    expect(await createEvent(world.k, id, eventInput())).toBe("ok");
    expect(await createEvent(world.k, id, eventInput())).toBe("exists");
    // An id the server did not make for this consultant is refused without being looked up:
    // an existing one and a made-up one get the same answer.
    expect(await createEvent(world.k, `${p}-made-up`, eventInput())).toBe("not_found");
    expect(await createEvent(world.k, newRecordId("someone-else"), eventInput())).toBe("not_found");
    // Ten clicks at once: one event, the rest told it is already saved.
    const twice = newRecordId(world.k.id);
    const results = await Promise.all(Array.from({ length: 10 }, () => createEvent(world.k, twice, eventInput())));
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "exists")).toHaveLength(9);
    expect((await listUpcomingEvents(world.c1, now)).map((e) => e.id)).not.toContain(id);
    expect(await setEventPublished(world.k, id, true, now)).toBe(true);
    expect((await listUpcomingEvents(world.c1, now)).map((e) => e.id)).toContain(id);
    expect(await setEventPublished(world.k, id, false, now)).toBe(true);
    expect((await listUpcomingEvents(world.c1, now)).map((e) => e.id)).not.toContain(id);
  });

  it("cannot be read, changed or published by another municipality's consultant", async () => {
    const id = eventId;
    expect(await getEventForConsultant(world.stranger, id)).toBeNull();
    expect(await listEventSignups(world.stranger, id)).toBeNull();
    expect(await updateEvent(world.stranger, id, eventInput({ title: "Kapret" }))).toBe("not_found");
    expect(await setEventPublished(world.stranger, id, true, now)).toBe(false);
    expect((await listEventsForConsultant(world.stranger)).map((e) => e.id)).not.toContain(id);
    expect((await getEventForConsultant(world.k, id))?.title).toBe("Jobcafé");
    expect((await getEventForConsultant(world.k, id))?.publishedAt).toBeNull();
  });

  it("shows the sign-ups with names, audits the read, and keeps the capacity at or above them", async () => {
    const id = eventId;
    await setEventPublished(world.k, id, true, now);
    expect(await signUpForEvent(world.c1, id, now)).toBe("ok");
    expect(await signUpForEvent(world.c2, id, now)).toBe("ok");
    const signups = await listEventSignups(world.k, id);
    expect(signups?.map((s) => s.email).sort()).toEqual([world.citizen1.user.email, world.citizen2.user.email].sort());
    const audits = await prisma.auditEvent.findMany({ where: { actorId: world.k.id, action: "event.signups" }, select: { subjectIds: true } });
    expect(audits.flatMap((a) => a.subjectIds).sort()).toEqual([world.citizen1.id, world.citizen2.id].sort());
    expect(await updateEvent(world.k, id, eventInput({ capacity: 1 }))).toBe("below_signups");
    expect(await updateEvent(world.k, id, eventInput({ capacity: 2, title: "Jobcafé i juni", startsAt: days(6) }))).toBe("ok");
    const saved = await getEventForConsultant(world.k, id);
    expect(saved).toMatchObject({ title: "Jobcafé i juni", capacity: 2, signupCount: 2, startsAt: days(6) });
    expect(saved?.publishedAt).toEqual(now);
  });
});

describe("articles", () => {
  it("are created as drafts, published for the municipality's citizens and scoped by municipality", async () => {
    const id = newRecordId(world.k.id);
    expect(await createArticle(world.k, id, articleInput())).toBe("ok");
    expect(await getArticle(world.c1, id, now)).toBeNull();
    expect(await setArticlePublished(world.stranger, id, true, now)).toBe(false);
    expect(await updateArticle(world.stranger, id, articleInput({ title: "Kapret" }))).toBe(false);
    expect(await getArticleForConsultant(world.stranger, id)).toBeNull();
    expect((await listArticlesForConsultant(world.stranger)).map((a) => a.id)).not.toContain(id);
    expect(await setArticlePublished(world.k, id, true, now)).toBe(true);
    expect((await getArticle(world.c1, id, now))?.title).toBe("Sådan virker fleksjob");
    expect(await updateArticle(world.k, id, articleInput({ title: "Fleksjob kort fortalt", videoUrl: "https://video.example/1" }))).toBe(true);
    expect(await getArticleForConsultant(world.k, id)).toMatchObject({ title: "Fleksjob kort fortalt", videoUrl: "https://video.example/1", publishedAt: now });
    expect(await setArticlePublished(world.k, id, false, now)).toBe(true);
    expect(await getArticle(world.c1, id, now)).toBeNull();
  });
});
