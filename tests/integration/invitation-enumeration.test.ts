import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { inviteCitizenAction, inviteCsvAction } from "@/app/(consultant)/consultant/invitations/actions";
import { inviteColleagueAction } from "@/app/(employer)/employer/company/actions";
import { initialActionResult, type ActionResult } from "@/lib/actions/result";
import { prisma } from "@/lib/db/client";
import { getOwnCompany } from "@/lib/db/employers";
import { listOpenInvitations } from "@/lib/db/citizen-invitations";
import type { SessionUser } from "@/lib/db/users";
import { configureSmtpUrl } from "@/lib/mail/transport";
import { session } from "./action-stand-ins";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// The security finding "account enumeration through invitations": whoever invites must get the
// same answer whether the address has an account or not, and the owner of an existing account
// hears about it by e-mail instead. Tested through the server actions (the answer the inviter
// sees), with the framework's request parts replaced by stand-ins.

vi.mock("@/lib/auth/guards", async () => (await import("./action-stand-ins")).guards);
vi.mock("next/cache", async () => (await import("./action-stand-ins")).cache);
vi.mock("next/headers", () => ({ headers: async () => new Headers({ origin: "https://refleks.test" }) }));
vi.mock("next-intl/server", async () => (await import("./action-stand-ins")).danishTranslations());

const p = uniquePrefix("enum");
const mail = (label: string) => `${p}-${label}@test.dk`;
let world: Awaited<ReturnType<typeof build>>;

async function sessionUser(id: string): Promise<SessionUser> {
  return prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, name: true, role: true, locale: true, municipalityId: true } });
}

async function build() {
  const [m, other] = [await createMunicipality(prisma, p), await createMunicipality(prisma, `${p}-x`)];
  const consultant = await createConsultant(prisma, `${p}-k`, m.code);
  const otherConsultant = await createConsultant(prisma, `${p}-k2`, other.code);
  const company = await createEmployerWithOpening(prisma, `${p}-a`, m.code);
  const otherCompany = await createEmployerWithOpening(prisma, `${p}-b`, other.code);
  const ownCitizen = await createCitizen(prisma, `${p}-c1`, m.code, consultant.email);
  const otherCitizen = await createCitizen(prisma, `${p}-c2`, other.code, otherConsultant.email);
  // An English-speaking account, to see the notice in its owner's language.
  await prisma.user.update({ where: { id: otherCompany.member.id }, data: { locale: "en" } });
  return {
    m, other, company, otherCompany, ownCitizen, otherCitizen,
    employer: await sessionUser(company.member.id),
    consultant: await sessionUser(consultant.id),
  };
}

const received: { to: string[]; text: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, smtpSession, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: smtpSession.envelope.rcptTo.map((r) => r.address), text: decodeQuotedPrintable(raw) });
      callback();
    });
  },
});

/** The mail body as text: soft line breaks joined, =XX bytes decoded as UTF-8. */
function decodeQuotedPrintable(raw: string): string {
  return Buffer.from(raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
}

const mailTo = (address: string) => received.filter((m) => m.to.includes(address.toLowerCase())).map((m) => m.text);
const smtpOn = () => configureSmtpUrl(`smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** The answer with the parts that must differ anyway (the address typed, the link's token) masked. */
function masked(result: ActionResult, email: string): unknown {
  const text = JSON.stringify(result).replaceAll(email, "<email>").replace(/\/invite\/[\w-]+/g, "/invite/<token>");
  return JSON.parse(text);
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  world = await build();
});

beforeEach(() => {
  received.length = 0;
});

afterAll(async () => {
  configureSmtpUrl(null);
  await new Promise<void>((resolve) => smtp.close(resolve));
  await prisma.$disconnect();
});

describe("an employer inviting a colleague", () => {
  const invite = (name: string, email: string) => inviteColleagueAction(initialActionResult, form({ employerId: world.company.employer.id, name, email }));

  beforeEach(() => {
    session.user = world.employer;
  });

  it("is told the same whether the address is new, another company's employer or a citizen", async () => {
    smtpOn();
    const fresh = await invite("Kim Kollega", mail("kim"));
    expect(fresh).toEqual({ ok: true, message: `Invitationen er sendt til ${mail("kim")}.` });
    for (const email of [world.otherCompany.member.email, world.otherCitizen.user.email]) {
      expect(masked(await invite("Kim Kollega", email), email)).toEqual(masked(fresh, mail("kim")));
    }
    // The team page lists all three as waiting: the list does not tell them apart either.
    const waiting = (await getOwnCompany(world.employer, new Date()))?.invitations.map((i) => i.email);
    expect(waiting).toEqual(expect.arrayContaining([mail("kim"), world.otherCompany.member.email, world.otherCitizen.user.email]));
  });

  it("sends the existing accounts a notice without a link, the new address its invitation", async () => {
    smtpOn();
    await invite("Kim Kollega", mail("kim2"));
    await invite("Kim Kollega", world.otherCompany.member.email);
    await invite("Kim Kollega", world.otherCitizen.user.email);

    const [invitation] = mailTo(mail("kim2"));
    expect(invitation).toContain("/invite/");

    // The other company's employer reads English and may see which company tried.
    const [employerNotice] = mailTo(world.otherCompany.member.email);
    expect(employerNotice).toContain("You already have a user on Refleks");
    expect(employerNotice).toContain(world.company.employer.name);
    expect(employerNotice).not.toContain("/invite/");

    // A citizen must not learn which company typed their address.
    const [citizenNotice] = mailTo(world.otherCitizen.user.email);
    expect(citizenNotice).toContain("Du har allerede en bruger");
    expect(citizenNotice).toContain("se bort fra");
    expect(citizenNotice).not.toContain(world.company.employer.name);
    expect(citizenNotice).not.toContain(world.employer.name);
    expect(citizenNotice).not.toContain("/invite/");
  });

  it("is told the same, with a link to pass on, when e-mail is off", async () => {
    configureSmtpUrl(undefined);
    const fresh = await invite("Kim Kollega", mail("kim3"));
    expect(fresh).toMatchObject({ ok: true, message: `Invitationen til ${mail("kim3")} er klar.`, data: { link: expect.stringContaining("/invite/") } });
    const email = world.otherCompany.member.email;
    expect(masked(await invite("Kim Kollega", email), email)).toEqual(masked(fresh, mail("kim3")));
    expect(received).toEqual([]);
  });
});

/**
 * Earlier tests invited these addresses already; a list rightly reports such rows as sent again
 * (invitation-csv.test.ts). Forgotten here, so that only having an account could make a difference.
 */
const forgetInvitations = (emails: string[]) => prisma.invitation.deleteMany({ where: { email: { in: emails }, municipalityId: world.m.id, acceptedAt: null } });

describe("a consultant inviting citizens", () => {
  beforeEach(() => {
    session.user = world.consultant;
  });

  it("is told the same for a new address, another municipality's citizen and an employer", async () => {
    smtpOn();
    const invite = (email: string) => inviteCitizenAction(initialActionResult, form({ name: "Nina Berg", email }));
    const fresh = await invite(mail("nina"));
    expect(fresh).toEqual({ ok: true, message: `${mail("nina")} er inviteret. Vi har sendt en e-mail med linket.` });
    for (const email of [world.otherCitizen.user.email, world.otherCompany.member.email, world.ownCitizen.user.email]) {
      expect(masked(await invite(email), email)).toEqual(masked(fresh, mail("nina")));
    }

    const [notice] = mailTo(world.otherCitizen.user.email);
    expect(notice).toContain(`Jobcentret i ${world.m.name}`);
    expect(notice).toContain("Du har allerede en bruger");
    expect(notice).not.toContain("/invite/");
    expect(notice).not.toContain(world.consultant.name);
    expect(mailTo(mail("nina"))[0]).toContain("/invite/");

    const waiting = (await listOpenInvitations(world.consultant, new Date())).rows.map((i) => i.email);
    expect(waiting).toEqual(expect.arrayContaining([mail("nina"), world.otherCitizen.user.email, world.otherCompany.member.email]));
  });

  it("reports a CSV list with existing accounts exactly like a list of new addresses", async () => {
    smtpOn();
    const csv = (emails: string[]) => inviteCsvAction(initialActionResult, form({ csv: ["navn;e-mail", ...emails.map((e, i) => `Borger ${i};${e}`), "Uden mail;"].join("\n") }));
    const fresh = await csv([mail("l1"), mail("l2"), mail("l3")]);
    expect(fresh).toEqual({ ok: true, message: "3 inviteret, 1 sprunget over.", data: { skipped: [{ line: 5, reason: "e-mailen er ikke gyldig" }], reissued: [], links: [] } });
    const accounts = [world.otherCitizen.user.email, world.ownCitizen.user.email];
    await forgetInvitations(accounts);
    const taken = await csv([mail("l4"), ...accounts]);
    expect(taken).toEqual(fresh);
    expect(mailTo(world.otherCitizen.user.email)[0]).toContain("Du har allerede en bruger");
    expect(mailTo(world.ownCitizen.user.email)[0]).toContain("Du har allerede en bruger");
  });

  it("gives a link for every row, existing accounts too, when e-mail is off", async () => {
    configureSmtpUrl(undefined);
    const csv = (emails: string[]) => inviteCsvAction(initialActionResult, form({ csv: emails.map((e) => `Borger;${e}`).join("\n") }));
    const fresh = await csv([mail("m1")]);
    const email = world.otherCitizen.user.email;
    await forgetInvitations([email]);
    expect(masked(await csv([email]), email)).toEqual(masked(fresh, mail("m1")));
  });
});
