import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getArticle, listArticles } from "@/lib/db/articles";
import { listEventSignups } from "@/lib/db/consultant-content";
import { cancelEventSignup, listUpcomingEvents, signUpForEvent } from "@/lib/db/events";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// Events and articles for companies: what a company's member sees (meant for companies or
// everyone, of the company's municipality), sign-ups sharing the citizens' seats under the same
// lock, and the consultant's list of who signed up.

const a = uniquePrefix("eev-a");
const b = uniquePrefix("eev-b");
const now = new Date("2031-05-01T10:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
let w: Awaited<ReturnType<typeof build>>;

const userActor = (id: string) => prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, municipalityId: true } });

async function build() {
  const [mA, mB] = [await createMunicipality(prisma, a), await createMunicipality(prisma, b)];
  const k = await createConsultant(prisma, a, mA.code);
  const citizen = await createCitizen(prisma, `${a}-c`, mA.code);
  const companies = await Promise.all([1, 2, 3, 4, 5].map((n) => createEmployerWithOpening(prisma, `${a}-e${n}`, mA.code)));
  const foreign = await createEmployerWithOpening(prisma, `${b}-e`, mB.code);
  const event = (id: string, municipalityId: string, data: Partial<{ capacity: number; publishedAt: Date | null; audience: "CITIZENS" | "EMPLOYERS" | "ALL" }>) =>
    prisma.event.create({ data: { id: `${a}-${id}`, municipalityId, title: id, location: "Jobcentret", startsAt: days(5), capacity: 10, publishedAt: days(-1), audience: "EMPLOYERS", ...data } });
  const article = (id: string, municipalityId: string, data: Partial<{ publishedAt: Date | null; audience: "CITIZENS" | "EMPLOYERS" | "ALL" }>) =>
    prisma.article.create({ data: { id: `${a}-${id}`, municipalityId, title: id, body: "Tekst", publishedAt: days(-1), audience: "EMPLOYERS", ...data } });
  return {
    k: await userActor(k.id),
    citizen: { id: citizen.user.id, role: "CITIZEN" as const },
    members: await Promise.all(companies.map((c) => userActor(c.member.id))),
    companies,
    foreignMember: await userActor(foreign.member.id),
    events: {
      forCompanies: await event("companies", mA.id, {}),
      forAll: await event("all", mA.id, { audience: "ALL" }),
      forCitizens: await event("citizens", mA.id, { audience: "CITIZENS" }),
      draft: await event("draft", mA.id, { publishedAt: null }),
      foreign: await event("foreign", mB.id, {}),
      tight: await event("tight", mA.id, { capacity: 2, audience: "ALL" }),
    },
    articles: {
      forCompanies: await article("a-companies", mA.id, {}),
      forCitizens: await article("a-citizens", mA.id, { audience: "CITIZENS" }),
      draft: await article("a-draft", mA.id, { publishedAt: null }),
      foreign: await article("a-foreign", mB.id, {}),
    },
  };
}

beforeAll(async () => {
  w = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("events for companies", () => {
  it("shows a member the published events meant for companies or everyone in the company's municipality, and nothing else", async () => {
    const ids = (await listUpcomingEvents(w.members[0]!, now)).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([w.events.forCompanies.id, w.events.forAll.id, w.events.tight.id]));
    for (const hidden of [w.events.forCitizens, w.events.draft, w.events.foreign]) expect(ids).not.toContain(hidden.id);
    expect((await listUpcomingEvents(w.foreignMember, now)).map((e) => e.id)).toEqual([w.events.foreign.id]);
    expect((await listUpcomingEvents(w.citizen, now)).map((e) => e.id)).not.toContain(w.events.forCompanies.id);
    expect(await listUpcomingEvents(w.k, now)).toEqual([]);
  });

  it("pages the list", async () => {
    const first = await listUpcomingEvents(w.members[0]!, now, { take: 2 });
    const rest = await listUpcomingEvents(w.members[0]!, now, { skip: 2, take: 2 });
    expect(first).toHaveLength(2);
    expect(rest.map((e) => e.id)).not.toContain(first[0]!.id);
  });

  it("signs a member up and off, idempotently, and refuses what the company may not see", async () => {
    const member = w.members[0]!;
    expect(await signUpForEvent(member, w.events.forCompanies.id, now)).toBe("ok");
    expect(await signUpForEvent(member, w.events.forCompanies.id, now)).toBe("already");
    expect((await listUpcomingEvents(member, now)).find((e) => e.id === w.events.forCompanies.id)).toMatchObject({ signedUp: true, seatsTaken: 1 });
    for (const hidden of [w.events.forCitizens, w.events.draft, w.events.foreign]) expect(await signUpForEvent(member, hidden.id, now)).toBe("not_found");
    expect(await signUpForEvent(w.citizen, w.events.forCompanies.id, now)).toBe("not_found");
    expect(await signUpForEvent(w.k, w.events.forAll.id, now)).toBe("not_found");
    expect(await cancelEventSignup(w.members[1]!, w.events.forCompanies.id)).toBe(false);
    expect(await cancelEventSignup(member, w.events.forCompanies.id)).toBe(true);
    expect(await cancelEventSignup(member, w.events.forCompanies.id)).toBe(false);
  });

  it("keeps the capacity when companies and a citizen sign up at the same moment", async () => {
    const results = await Promise.all([...w.members.map((m) => signUpForEvent(m, w.events.tight.id, now)), signUpForEvent(w.citizen, w.events.tight.id, now)]);
    expect(results.filter((r) => r === "ok")).toHaveLength(2);
    expect(results.filter((r) => r === "full")).toHaveLength(results.length - 2);
    expect(await prisma.eventSignup.count({ where: { eventId: w.events.tight.id } })).toBe(2);
  });

  it("shows the consultant who signed up, companies with their name, and audits only the citizens", async () => {
    await signUpForEvent(w.members[2]!, w.events.forAll.id, now);
    await signUpForEvent(w.citizen, w.events.forAll.id, now);
    const signups = await listEventSignups(w.k, w.events.forAll.id);
    expect(signups?.map((s) => [s.role, s.companyName])).toEqual([
      ["EMPLOYER", w.companies[2]!.employer.name],
      ["CITIZEN", null],
    ]);
    const audit = await prisma.auditEvent.findMany({ where: { actorId: w.k.id, action: "event.signups" } });
    expect(audit.flatMap((e) => e.subjectIds)).toEqual([`${a}-c-citizen`]);
  });
});

describe("articles for companies", () => {
  it("lists and opens only published articles meant for companies or everyone, in the company's municipality", async () => {
    const member = w.members[0]!;
    expect((await listArticles(member, now)).map((x) => x.id)).toEqual([w.articles.forCompanies.id]);
    expect((await getArticle(member, w.articles.forCompanies.id, now))?.body).toBe("Tekst");
    for (const hidden of [w.articles.forCitizens, w.articles.draft, w.articles.foreign]) expect(await getArticle(member, hidden.id, now)).toBeNull();
    expect(await getArticle(w.citizen, w.articles.forCompanies.id, now)).toBeNull();
  });
});
