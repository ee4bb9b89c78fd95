import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { sendDailyDigests } from "@/lib/db/email-digest";
import { getEmailSettings, saveEmailSettings } from "@/lib/db/email-preferences";
import { sendJobAgentMails } from "@/lib/db/job-agent";
import { createNotifications, type NotificationInput } from "@/lib/db/notifications";
import type { EmailFrequency, Role } from "@/lib/db/types";
import { startOfDanishDay } from "@/lib/i18n/format";
import { NOTIFICATION_TYPES } from "@/lib/mail/preferences";
import { createCitizen, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";
import { header, mailCatcher, type CaughtMail } from "./mail-catcher";

// Absolute links and the List-Unsubscribe headers need the site's address; lib/env reads it on import.
vi.hoisted(() => {
  process.env.APP_URL = "https://refleks.test";
});
vi.mock("next/cache", async () => (await import("./action-stand-ins")).cache);
vi.mock("next-intl/server", async () => (await import("./action-stand-ins")).danishTranslations());

const { POST: oneClick } = await import("@/app/api/unsubscribe/route");
const { unsubscribeAction } = await import("@/app/(public)/unsubscribe/actions");

const m = uniquePrefix("mail");
const mail = mailCatcher();
const now = new Date();
const yesterday = new Date(startOfDanishDay(now).getTime() - 3_600_000);

type Person = { id: string; email: string; role: Role };

async function citizen(frequency?: EmailFrequency): Promise<Person> {
  const c = await createCitizen(prisma, uniquePrefix("dc"), m);
  const person = { id: c.user.id, email: c.user.email, role: "CITIZEN" as const };
  if (frequency) await saveEmailSettings(person, { frequencies: Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, frequency])) });
  return person;
}

/** Notifications as if made yesterday (before Danish midnight), the digest's to send today. */
async function notifyYesterday(items: NotificationInput[]) {
  await createNotifications(items);
  await prisma.notification.updateMany({ where: { userId: { in: items.map((i) => i.userId) }, emailedAt: null }, data: { createdAt: yesterday } });
}

const newJob = (userId: string, openingTitle: string): NotificationInput => ({ userId, type: "NEW_JOB", openingId: `${openingTitle}-id`, data: { openingTitle, employerName: "Café Solsikke" } });
const linkOf = (found: CaughtMail) => header(found, "List-Unsubscribe")?.match(/^<(.+)>$/)?.[1] ?? "";
const tokenOf = (url: string) => new URL(url).searchParams.get("token") ?? "";
const post = (url: string, body = "List-Unsubscribe=One-Click") =>
  oneClick(new NextRequest(url, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } }));

beforeAll(async () => {
  await createMunicipality(prisma, m);
  await mail.start();
});

afterAll(async () => {
  await mail.stop();
  await prisma.$disconnect();
});

describe("the daily digest", () => {
  it("sends each user one mail with their unread, not yet e-mailed digest notifications, and a rerun sends nothing", async () => {
    const her = await citizen();
    const off = await citizen("OFF");
    const { member } = await createEmployerWithOpening(prisma, uniquePrefix("de"), m);
    const employer = { id: member.id, email: member.email, role: "EMPLOYER" as const };
    await notifyYesterday([newJob(her.id, "Opvasker"), newJob(her.id, "Pedel"), newJob(her.id, "Læst job"), newJob(off.id, "Ingen mail")]);
    await prisma.notification.updateMany({ where: { userId: her.id, openingId: "Læst job-id" }, data: { readAt: now } });
    await notifyYesterday([{ userId: employer.id, type: "MATCH_STATUS", matchId: "m1", openingId: "o1", data: { openingTitle: "Rengøring", status: "APPROVED" } }]);
    // A contact request comes at once by default, so it is not in the digest.
    await createNotifications([{ userId: her.id, type: "CONTACT_REQUEST", data: { openingTitle: "Kantine", employerName: "Kantinen" } }]);
    expect(mail.mailsTo(her.email).map((x) => x.text)).toEqual([expect.stringContaining("Kantinen vil gerne tale med dig")]);

    await sendDailyDigests(now);
    const [digest, ...more] = mail.mailsTo(her.email).slice(1);
    expect(more).toEqual([]);
    expect(digest!.headers).toContain("Subject: Dine nye beskeder fra Refleks");
    expect(digest!.text).toContain("Café Solsikke søger: Opvasker.");
    expect(digest!.text).toContain("Café Solsikke søger: Pedel.");
    expect(digest!.text).not.toContain("Læst job");
    expect(digest!.text).not.toContain("Kantine");
    expect(digest!.text).toContain("https://refleks.test/citizen/notifications");
    expect(digest!.text).toContain("https://refleks.test/citizen/settings/email");
    expect(linkOf(digest!)).toMatch(/^https:\/\/refleks\.test\/api\/unsubscribe\?token=/);
    expect(header(digest!, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(digest!.text).toContain(`https://refleks.test/unsubscribe?token=${encodeURIComponent(tokenOf(linkOf(digest!)))}`);

    const [toEmployer] = mail.mailsTo(employer.email);
    // In the company's own words, and its own pages.
    expect(toEmployer!.text).toContain("Rengøring: Jobcentret har godkendt jeres forespørgsel.");
    expect(toEmployer!.text).toContain("https://refleks.test/employer/notifications");
    expect(toEmployer!.text).toContain("https://refleks.test/employer/settings/email");
    expect(toEmployer!.text).not.toContain("/citizen/");
    expect(mail.mailsTo(off.email)).toEqual([]);
    expect(await prisma.notification.count({ where: { userId: off.id, emailedAt: { not: null } } })).toBe(0);

    // Again today, also with a notification made since midnight: nothing more.
    const before = mail.received.length;
    await createNotifications([newJob(her.id, "I dag")]);
    await sendDailyDigests(now);
    await sendDailyDigests(new Date(now.getTime() + 60_000));
    expect(mail.received.length).toBe(before);
  });

  it("carries on past a failed send and, when run again, sends only what failed", async () => {
    const [ok, failing] = [await citizen(), await citizen()];
    await notifyYesterday([newJob(ok.id, "Gartner"), newJob(failing.id, "Maler")]);
    mail.state.refuse = (address) => address === failing.email;
    try {
      await expect(sendDailyDigests(now)).rejects.toThrow("daily digest not sent to 1");
    } finally {
      mail.state.refuse = () => false;
    }
    expect(mail.mailsTo(ok.email)).toHaveLength(1);
    expect(await prisma.notification.findFirst({ where: { userId: failing.id } })).toMatchObject({ emailedAt: null });

    await sendDailyDigests(now);
    expect(mail.mailsTo(ok.email)).toHaveLength(1);
    expect(mail.mailsTo(failing.email).map((x) => x.text)).toEqual([expect.stringContaining("Maler")]);
  });
});

describe("unsubscribe links, without signing in", () => {
  it("the one-click POST of the digest's header turns its types off, so the next digest is not sent", async () => {
    const her = await citizen();
    await notifyYesterday([newJob(her.id, "Bager")]);
    await sendDailyDigests(now);
    const url = linkOf(mail.mailsTo(her.email)[0]!);

    expect((await post(url, "something=else")).status).toBe(400);
    expect((await post(url)).status).toBe(200);
    const settings = await getEmailSettings(her);
    expect(settings.frequencies.find((f) => f.type === "NEW_JOB")?.frequency).toBe("OFF");
    expect(settings.frequencies.find((f) => f.type === "CONTACT_REQUEST")?.frequency).toBe("IMMEDIATE");

    await notifyYesterday([newJob(her.id, "Smed")]);
    await sendDailyDigests(new Date(now.getTime() + 86_400_000));
    expect(mail.mailsTo(her.email)).toHaveLength(1);
  });

  it("the confirm page's button stops one type; a changed token is refused in plain words", async () => {
    const her = await citizen();
    await createNotifications([{ userId: her.id, type: "EVENT_REMINDER", data: { eventTitle: "Jobcafé" } }]);
    const [reminder] = mail.mailsTo(her.email);
    const token = tokenOf(linkOf(reminder!));
    expect(reminder!.text).toContain(`/unsubscribe?token=${encodeURIComponent(token)}`);

    const form = withToken;
    const tampered = token.replace(/\.([^.]+)$/, (_, mac: string) => `.${mac[0] === "A" ? "B" : "A"}${mac.slice(1)}`);
    expect(await unsubscribeAction({ ok: true }, form(tampered))).toEqual({ ok: false, formError: expect.stringContaining("Linket virker ikke") });
    expect((await post(`https://refleks.test/api/unsubscribe?token=${encodeURIComponent(tampered)}`)).status).toBe(400);
    expect((await getEmailSettings(her)).frequencies.find((f) => f.type === "EVENT_REMINDER")?.frequency).toBe("IMMEDIATE");

    expect(await unsubscribeAction({ ok: true }, form(token))).toEqual({ ok: true, message: "Du er afmeldt. Du får ikke flere e-mails om: Husk arrangementet." });
    expect(await unsubscribeAction({ ok: true }, form(token))).toMatchObject({ ok: true });
    expect((await getEmailSettings(her)).frequencies.find((f) => f.type === "EVENT_REMINDER")?.frequency).toBe("OFF");
    await createNotifications([{ userId: her.id, type: "EVENT_REMINDER", data: { eventTitle: "Messe" } }]);
    expect(mail.mailsTo(her.email)).toHaveLength(1);
  });
});

describe("the job agent", () => {
  it("mails the new fitting jobs published since its last mail, then nothing until there are new ones", async () => {
    const her = await citizen();
    const profile = await prisma.citizenProfile.findUniqueOrThrow({ where: { userId: her.id }, select: { id: true } });
    await prisma.accommodationNeed.deleteMany({ where: { profileId: profile.id } });
    await prisma.citizenProfile.update({
      where: { id: profile.id },
      data: { skills: ["rengøring"], wishOccupations: ["rengøringsassistent"], wishIndustries: ["rengøring"], hoursMin: 4, hoursMax: 8, availability: [], postalCode: "2820", maxCommuteKm: null, status: "SEEKING" },
    });
    const fresh = (await createEmployerWithOpening(prisma, uniquePrefix("ja"), m)).opening;
    const old = (await createEmployerWithOpening(prisma, uniquePrefix("jo"), m)).opening;
    await prisma.jobOpening.update({ where: { id: fresh.id }, data: { publishedAt: new Date(now.getTime() - 3_600_000) } });
    await prisma.jobOpening.update({ where: { id: old.id }, data: { publishedAt: new Date(now.getTime() - 10 * 86_400_000) } });
    await saveEmailSettings(her, { frequencies: {}, jobAgent: "DAILY" }, now);

    await sendJobAgentMails(now);
    const [agentMail, ...more] = mail.mailsTo(her.email);
    expect(more).toEqual([]);
    expect(agentMail!.text).toContain(`${fresh.title} hos `);
    expect(agentMail!.text).toContain(`https://refleks.test/citizen/jobs/${fresh.id}`);
    expect(agentMail!.text).not.toContain(old.title);
    expect(header(agentMail!, "List-Unsubscribe")).toContain("/api/unsubscribe?token=");

    // A job published after the mail waits for the next day, also when she saves the page again.
    const later = (await createEmployerWithOpening(prisma, uniquePrefix("jl"), m)).opening;
    await prisma.jobOpening.update({ where: { id: later.id }, data: { publishedAt: new Date(now.getTime() + 60_000) } });
    await saveEmailSettings(her, { frequencies: {}, jobAgent: "DAILY" }, new Date(now.getTime() + 60_000));
    await sendJobAgentMails(new Date(now.getTime() + 120_000));
    expect(mail.mailsTo(her.email)).toHaveLength(1);

    await sendJobAgentMails(new Date(now.getTime() + 86_400_000));
    const next = mail.mailsTo(her.email)[1]!;
    expect(next.text).toContain(`${later.title} hos `);
    expect(next.text).not.toContain(fresh.title);
    // The day after, nothing is new: no mail.
    await sendJobAgentMails(new Date(now.getTime() + 2 * 86_400_000));
    expect(mail.mailsTo(her.email)).toHaveLength(2);

    expect((await post(linkOf(agentMail!))).status).toBe(200);
    expect((await getEmailSettings(her)).jobAgent).toBe("OFF");
  });

  it("sends nothing to a citizen who chose off for everything", async () => {
    const her = await citizen("OFF");
    await saveEmailSettings(her, { frequencies: {}, jobAgent: "OFF" }, now);
    await createNotifications([newJob(her.id, "Tømrer"), { userId: her.id, type: "CONTACT_REQUEST", data: { openingTitle: "Tømrer", employerName: "Træ" } }]);
    await notifyYesterday([newJob(her.id, "Murer")]);
    await sendDailyDigests(now);
    await sendJobAgentMails(new Date(now.getTime() + 7 * 86_400_000));
    expect(mail.mailsTo(her.email)).toEqual([]);
  });
});

function withToken(token: string): FormData {
  const data = new FormData();
  data.set("token", token);
  return data;
}
