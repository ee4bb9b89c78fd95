import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { answerContactRequest, withdrawConsent } from "@/lib/db/citizen-matches";
import { sendEventReminders } from "@/lib/db/event-reminders";
import { signUpForEvent } from "@/lib/db/events";
import { postMatchMessage } from "@/lib/db/match-messages";
import { countUnreadNotifications, INBOX_PAGE_SIZE, listNotificationPage, markAllNotificationsRead, markNotificationRead } from "@/lib/db/notifications";
import { sendFollowUpReminders } from "@/lib/db/placements";
import { renderNotification } from "@/lib/notifications/text";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// The employer's and the consultant's inboxes: which notifications arrive when, in whose words,
// and that nobody sees another company's or municipality's.

const p = uniquePrefix("inbox");
const now = new Date("2031-03-01T09:00:00Z");
let w: Awaited<ReturnType<typeof build>>;

const userActor = (id: string) => prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, municipalityId: true } });
const citizenActor = (c: { user: { id: string } }) => ({ id: c.user.id, role: "CITIZEN" as const });

async function build() {
  const m = await createMunicipality(prisma, p);
  const other = await createMunicipality(prisma, `${p}-x`);
  const k = await createConsultant(prisma, p, m.code);
  const strangerK = await createConsultant(prisma, `${p}-x`, other.code);
  const yes = await createCitizen(prisma, `${p}-yes`, m.code, k.email);
  const no = await createCitizen(prisma, `${p}-no`, m.code, k.email);
  const company = await createEmployerWithOpening(prisma, `${p}-e1`, m.code);
  const rival = await createEmployerWithOpening(prisma, `${p}-e2`, m.code);
  const approved = (citizenId: string) =>
    prisma.match.create({ data: { openingId: company.opening.id, citizenId, status: "APPROVED", origin: "EMPLOYER", contactRequest: "Hej", createdAt: now } });
  return {
    m, k: await userActor(k.id), strangerK: await userActor(strangerK.id), member: await userActor(company.member.id), rival: await userActor(rival.member.id),
    company, yes, no, toYes: await approved(yes.id), toNo: await approved(no.id),
  };
}

beforeAll(async () => {
  w = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

const inboxOf = async (actor: Actor) => (await listNotificationPage(actor, 1)).notifications;

describe("the citizen's answer", () => {
  it("tells the company's members and her consultant when she says yes, in their own words, and no other company", async () => {
    expect(await answerContactRequest(citizenActor(w.yes), w.toYes.id, true, now)).toBe("ok");
    const [forCompany] = (await inboxOf(w.member)).filter((n) => n.matchId === w.toYes.id);
    expect(forCompany).toMatchObject({ type: "CITIZEN_ANSWER", data: { answer: "accepted" } });
    expect(renderNotification(forCompany!, "da", "EMPLOYER")).toMatchObject({ title: "Kandidaten har sagt ja", link: { href: `/employer/matches/${w.toYes.id}` } });
    // The company sees the candidate under its own alias, so the row it gets holds none.
    expect(forCompany!.data).not.toHaveProperty("alias");

    const [forConsultant] = (await inboxOf(w.k)).filter((n) => n.matchId === w.toYes.id);
    expect(forConsultant).toMatchObject({ type: "CITIZEN_ANSWER", data: { answer: "accepted", alias: w.yes.alias, employerName: w.company.employer.name } });
    expect(renderNotification(forConsultant!, "da", "CONSULTANT").link?.href).toBe(`/consultant/pipeline/${w.toYes.id}`);

    expect((await inboxOf(w.rival)).some((n) => n.matchId === w.toYes.id)).toBe(false);
    expect((await inboxOf(w.strangerK)).some((n) => n.matchId === w.toYes.id)).toBe(false);
  });

  it("tells them of a no and of a withdrawn yes too, once each", async () => {
    expect(await answerContactRequest(citizenActor(w.no), w.toNo.id, false, now)).toBe("ok");
    expect(await answerContactRequest(citizenActor(w.no), w.toNo.id, true, now)).toBe("not_found");
    expect(await withdrawConsent(citizenActor(w.yes), w.toYes.id, now)).toBe("ok");
    const answers = await prisma.notification.findMany({ where: { userId: w.member.id, type: "CITIZEN_ANSWER" }, orderBy: { createdAt: "asc" } });
    expect(answers.map((n) => [n.matchId, (n.data as { answer: string }).answer])).toEqual([
      [w.toYes.id, "accepted"],
      [w.toNo.id, "declined"],
      [w.toYes.id, "withdrawn"],
    ]);
  });
});

describe("the thread", () => {
  it("tells the job centre of a company's message and the company of the job centre's, never the author or outsiders", async () => {
    const before = await prisma.notification.count({ where: { type: "MATCH_MESSAGE", matchId: w.toNo.id } });
    expect(await postMatchMessage(w.member, w.toNo.id, "Hvornår kan hun starte?", now)).toBe(true);
    expect(await postMatchMessage(w.k, w.toNo.id, "Vi ringer i morgen", now)).toBe(true);
    expect(await postMatchMessage(w.rival, w.toNo.id, "Hej", now)).toBe(false);
    const told = await prisma.notification.findMany({ where: { type: "MATCH_MESSAGE", matchId: w.toNo.id } });
    expect(told).toHaveLength(before + 2);
    expect(told.map((n) => n.userId).sort()).toEqual([w.k.id, w.member.id].sort());
    // The message itself stays in the thread, where access is checked.
    expect(JSON.stringify(told.map((n) => n.data))).not.toContain("starte");
    expect(renderNotification(told.find((n) => n.userId === w.k.id)!, "da", "CONSULTANT").body).toBe(`${w.company.employer.name} har skrevet om jobbet ${w.company.opening.title}.`);
  });
});

describe("follow-ups", () => {
  it("reminds the consultant in the consultant's words, with a link to the placement", async () => {
    await prisma.match.update({ where: { id: w.toNo.id }, data: { status: "HIRED" } });
    await prisma.followUp.create({ data: { matchId: w.toNo.id, kind: "RETENTION_1M", dueAt: now } });
    await sendFollowUpReminders(now);
    const [due] = await prisma.notification.findMany({ where: { userId: w.k.id, type: "FOLLOW_UP_DUE", matchId: w.toNo.id } });
    expect(renderNotification(due!, "da", "CONSULTANT")).toMatchObject({
      title: "En opfølgning skal holdes",
      body: `Opfølgningen efter 1 måned for ${w.no.alias} i jobbet ${w.company.opening.title} skal holdes senest 1. marts 2031.`,
      link: { href: `/consultant/pipeline/${w.toNo.id}` },
    });
  });
});

describe("event reminders", () => {
  it("reminds each sign-up once, the day before, and not for a far-off or unpublished event", async () => {
    const event = (id: string, startsAt: Date, publishedAt: Date | null = new Date(now.getTime() - 86_400_000)) =>
      prisma.event.create({ data: { id: `${p}-${id}`, municipalityId: w.m.id, title: `${p} ${id}`, location: "Jobcentret", startsAt, capacity: 5, audience: "ALL", publishedAt } });
    const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
    const [tomorrow, later] = [await event("tomorrow", hours(20)), await event("later", hours(60))];
    for (const e of [tomorrow, later]) {
      expect(await signUpForEvent(w.member, e.id, now)).toBe("ok");
      expect(await signUpForEvent(citizenActor(w.yes), e.id, now)).toBe("ok");
    }
    const draft = await event("draft", hours(10), null);
    await prisma.eventSignup.create({ data: { eventId: draft.id, userId: w.member.id } });

    await Promise.all([sendEventReminders(now), sendEventReminders(now)]);
    await sendEventReminders(hours(1));
    const reminders = await prisma.notification.findMany({ where: { type: "EVENT_REMINDER", data: { path: ["eventTitle"], string_starts_with: p } } });
    expect(reminders.map((n) => n.userId).sort()).toEqual([w.member.id, w.yes.user.id].sort());
    expect(reminders.every((n) => (n.data as { eventTitle: string }).eventTitle === tomorrow.title)).toBe(true);
    expect(renderNotification(reminders.find((n) => n.userId === w.member.id)!, "da", "EMPLOYER").link?.href).toBe("/employer/events");

    await sendEventReminders(hours(40));
    expect(await prisma.notification.count({ where: { type: "EVENT_REMINDER", data: { path: ["eventTitle"], equals: later.title } } })).toBe(2);
  });
});

describe("the inbox", () => {
  it("pages without counting everything, marks only one's own, and counts unread up to the cap", async () => {
    const filler = Array.from({ length: INBOX_PAGE_SIZE + 3 }, (_, i) => ({ userId: w.rival.id, type: "MATCH_STATUS" as const, data: { openingTitle: `job ${i}`, status: "APPROVED" }, createdAt: new Date(now.getTime() + i * 1000) }));
    await prisma.notification.createMany({ data: filler });
    const first = await listNotificationPage(w.rival, 1);
    const second = await listNotificationPage(w.rival, 2);
    expect(first).toMatchObject({ page: 1, hasOlder: true });
    expect(first.notifications).toHaveLength(INBOX_PAGE_SIZE);
    expect(second.hasOlder).toBe(false);
    expect(new Set([...first.notifications, ...second.notifications].map((n) => n.id)).size).toBe(INBOX_PAGE_SIZE + 3);

    const mine = first.notifications[0]!;
    expect(await markNotificationRead(w.member, mine.id)).toBe(false);
    expect(await markNotificationRead(w.k, mine.id)).toBe(false);
    expect(await countUnreadNotifications(w.rival)).toBe(INBOX_PAGE_SIZE + 3);
    expect(await markNotificationRead(w.rival, mine.id)).toBe(true);
    expect(await markAllNotificationsRead(w.member)).toBeGreaterThan(0);
    expect(await countUnreadNotifications(w.rival)).toBe(INBOX_PAGE_SIZE + 2);
    expect(await countUnreadNotifications(w.member)).toBe(0);
  });
});
