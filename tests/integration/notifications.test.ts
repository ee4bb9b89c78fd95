import net, { type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { getEmailSettings, saveEmailSettings } from "@/lib/db/email-preferences";
import { notifyCitizensOfNewOpening } from "@/lib/db/new-job-notifications";
import {
  countUnreadNotifications,
  createNotifications,
  listOwnNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "@/lib/db/notifications";
import { NOTIFICATION_TYPES } from "@/lib/mail/preferences";
import type { CitizenStatus } from "@/lib/db/types";
import { logger } from "@/lib/runtime/logger";
import { configureSmtpUrl } from "@/lib/mail/transport";
import { createCitizen, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// E-mail goes to a local smtp-server started here. The transport reads SMTP_URL from lib/runtime/env.ts
// once; configureSmtpUrl() points it at this catcher (or at a closed port) after that.

const municipality = uniquePrefix("notif");
const actor = (c: { user: { id: string } }) => ({ id: c.user.id, role: "CITIZEN" as const });

async function citizen(opts: { locale?: "da" | "en"; email?: boolean } = {}) {
  const c = await createCitizen(prisma, uniquePrefix("nc"), municipality);
  await prisma.user.update({ where: { id: c.user.id }, data: { locale: opts.locale ?? "da" } });
  const frequency = opts.email ? "IMMEDIATE" : "OFF";
  await saveEmailSettings(actor(c), { frequencies: Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, frequency])) });
  return c;
}

const notificationsOf = (userId: string) => prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await createMunicipality(prisma, municipality);
});

afterAll(async () => {
  configureSmtpUrl(null);
  await prisma.$disconnect();
});

describe("scoping", () => {
  it("lets a citizen read and mark only their own notifications", async () => {
    const [a, b] = [await citizen(), await citizen()];
    await createNotifications([{ userId: a.user.id, type: "NEW_JOB", data: { openingTitle: "Lager", employerName: "Firma" }, openingId: "x" }]);
    const [own] = await notificationsOf(a.user.id);

    expect(await listOwnNotifications(actor(b))).toEqual([]);
    expect(await markNotificationRead(actor(b), own!.id)).toBe(false);
    expect(await markAllNotificationsRead(actor(b))).toBe(0);
    expect(await countUnreadNotifications(actor(a))).toBe(1);

    expect((await listOwnNotifications(actor(a))).map((n) => n.id)).toEqual([own!.id]);
    expect(await markNotificationRead(actor(a), own!.id)).toBe(true);
    expect(await markNotificationRead(actor(a), own!.id)).toBe(true);
    expect(await countUnreadNotifications(actor(a))).toBe(0);
  });

  it("lists newest first and marks all as read", async () => {
    const a = await citizen();
    await createNotifications([{ userId: a.user.id, type: "EVENT_REMINDER", data: { eventTitle: "Først" } }]);
    await createNotifications([{ userId: a.user.id, type: "EVENT_REMINDER", data: { eventTitle: "Sidst" } }]);
    expect((await listOwnNotifications(actor(a))).map((n) => (n.data as { eventTitle: string }).eventTitle)).toEqual(["Sidst", "Først"]);
    expect(await markAllNotificationsRead(actor(a))).toBe(2);
    expect(await countUnreadNotifications(actor(a))).toBe(0);
  });

  it("keeps the e-mail settings per user, and only the types and job agent the role is offered", async () => {
    const [a, b] = [await citizen({ email: true }), await citizen()];
    expect((await getEmailSettings(actor(a))).frequencies.find((f) => f.type === "NEW_JOB")?.frequency).toBe("IMMEDIATE");
    expect((await getEmailSettings(actor(b))).frequencies.find((f) => f.type === "NEW_JOB")?.frequency).toBe("OFF");
    // As another role the same user is offered no job types of a citizen's and no job agent.
    await saveEmailSettings({ id: a.user.id, role: "EMPLOYER" }, { frequencies: { NEW_JOB: "OFF", MATCH_STATUS: "DIGEST" }, jobAgent: "DAILY" });
    const asEmployer = await getEmailSettings({ id: a.user.id, role: "EMPLOYER" });
    expect(asEmployer.jobAgent).toBeNull();
    expect(asEmployer.frequencies.map((f) => f.type)).not.toContain("NEW_JOB");
    const own = await getEmailSettings(actor(a));
    expect(own.frequencies.find((f) => f.type === "NEW_JOB")?.frequency).toBe("IMMEDIATE");
    expect(own.frequencies.find((f) => f.type === "MATCH_STATUS")?.frequency).toBe("DIGEST");
    expect(own.jobAgent).toBe("OFF");
  });
});

describe("e-mail", () => {
  const received: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    configureSmtpUrl(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
  });

  afterAll(async () => {
    configureSmtpUrl(null);
    await new Promise<void>((resolve) => server.close(resolve));
  });

  it("sends one e-mail in the citizen's language to those who opted in, and none to others", async () => {
    const [optedIn, optedOut] = [await citizen({ locale: "en", email: true }), await citizen({ email: false })];
    const data = { openingTitle: "Warehouse helper", employerName: "Acme" };
    await createNotifications([
      { userId: optedIn.user.id, type: "NEW_JOB", data, openingId: "opening-1" },
      { userId: optedOut.user.id, type: "NEW_JOB", data, openingId: "opening-1" },
    ]);

    const mails = received.filter((m) => m.to.includes(optedIn.user.email) || m.to.includes(optedOut.user.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([optedIn.user.email]);
    const text = mails[0]!.raw.replace(/=\r?\n/g, ""); // undo quoted-printable soft line breaks
    expect(text).toContain("Subject: A new job that suits you");
    expect(text).toContain("Acme is looking for: Warehouse helper.");
    expect(text).toContain("/citizen/jobs/opening-1");

    const [sent] = await notificationsOf(optedIn.user.id);
    expect(sent!.emailedAt).toBeInstanceOf(Date);
    const [notSent] = await notificationsOf(optedOut.user.id);
    expect(notSent!.emailedAt).toBeNull();
  });

  it("keeps the in-app notification and logs ids only when the SMTP server cannot be reached", async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    configureSmtpUrl(`smtp://127.0.0.1:${port}`);
    const warn = vi.spyOn(logger, "warn");
    try {
      const c = await citizen({ email: true });
      await expect(createNotifications([{ userId: c.user.id, type: "CONTACT_REQUEST", data: { openingTitle: "Hemmelig titel", employerName: "Firma" } }])).resolves.toBeUndefined();

      const [row] = await notificationsOf(c.user.id);
      expect(row).toMatchObject({ type: "CONTACT_REQUEST", emailedAt: null, readAt: null });
      const call = warn.mock.calls.find(([ctx]) => (ctx as { notificationId?: string }).notificationId === row!.id);
      expect(call?.[0]).toMatchObject({ notificationId: row!.id, userId: c.user.id });
      expect(JSON.stringify(call)).not.toContain("Hemmelig titel");
      expect(JSON.stringify(call)).not.toContain(c.user.email);
    } finally {
      warn.mockRestore();
      configureSmtpUrl(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    }
  });
});

describe("new well-fitting jobs", () => {
  const fits = {
    skills: ["rengøring"], wishOccupations: ["rengøringsassistent"], wishIndustries: ["rengøring"], hoursMin: 4, hoursMax: 8,
    availability: [], postalCode: "2820", maxCommuteKm: null, status: "SEEKING" as CitizenStatus, visibleToEmployers: true,
  };

  async function profiled(data: Partial<typeof fits>) {
    const c = await citizen();
    await prisma.accommodationNeed.deleteMany({ where: { profileId: c.id } });
    await prisma.citizenProfile.update({ where: { id: c.id }, data: { ...fits, ...data } });
    return c;
  }

  it("notifies a fitting, visible, seeking citizen once, and not invisible, paused, weak or unfitting ones", async () => {
    configureSmtpUrl(undefined);
    const { opening } = await createEmployerWithOpening(prisma, uniquePrefix("nj"), municipality);
    const fitting = await profiled({});
    const invisible = await profiled({ visibleToEmployers: false });
    const paused = await profiled({ status: "PAUSED" });
    // Eligible (hours, place and times fit) but without the skill or the wish: a weak fit.
    const weak = await profiled({ skills: ["videoredigering"], wishOccupations: ["videoproducer"], wishIndustries: ["medier"] });
    const unfitting = await profiled({ skills: ["videoredigering"], hoursMin: 30, hoursMax: 37, postalCode: "9990" });

    const first = await notifyCitizensOfNewOpening(opening.id);
    expect(first).toBeGreaterThanOrEqual(1);
    const [note] = await notificationsOf(fitting.user.id);
    expect(note).toMatchObject({ type: "NEW_JOB", openingId: opening.id, data: { openingTitle: opening.title } });
    for (const other of [invisible, paused, weak, unfitting]) expect(await notificationsOf(other.user.id)).toEqual([]);
    expect(await prisma.notification.count({ where: { openingId: opening.id } })).toBe(first);

    expect(await notifyCitizensOfNewOpening(opening.id)).toBe(0);
    expect(await notificationsOf(fitting.user.id)).toHaveLength(1);
  });

  it("does nothing for an opening that is not open", async () => {
    const { opening } = await createEmployerWithOpening(prisma, uniquePrefix("nd"), municipality);
    await prisma.jobOpening.update({ where: { id: opening.id }, data: { status: "DRAFT" } });
    await profiled({});
    expect(await notifyCitizensOfNewOpening(opening.id)).toBe(0);
    expect(await notifyCitizensOfNewOpening("no-such-opening")).toBe(0);
  });
});
