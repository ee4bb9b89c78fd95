import net, { type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { cancelColleagueInvitation, getOwnCompany, inviteColleague, resendColleagueInvitation, updateOwnCompany, type CompanyData } from "@/lib/db/employers";
import { acceptInvitation, findOpenInvitation } from "@/lib/db/invitations";
import { logger } from "@/lib/runtime/logger";
import { invitationLink, sendInvitationEmail } from "@/lib/mail/invitation-email";
import { configureSmtpUrl } from "@/lib/mail/transport";
import { hashToken } from "@/lib/auth/tokens";
import { createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const a = uniquePrefix("coa");
const b = uniquePrefix("cob");
const DAY = 24 * 60 * 60 * 1000;
let world: Awaited<ReturnType<typeof build>>;

async function build() {
  const [mA, mB] = [await createMunicipality(prisma, a), await createMunicipality(prisma, b)];
  const consultant = await createConsultant(prisma, a, mA.code);
  const companyA = await createEmployerWithOpening(prisma, a, mA.code);
  const companyB = await createEmployerWithOpening(prisma, b, mB.code);
  await prisma.employer.update({ where: { id: companyA.employer.id }, data: { consultantId: consultant.id } });
  return {
    mA, consultant, companyA, companyB,
    userA: { id: companyA.member.id, role: "EMPLOYER" as const },
    userB: { id: companyB.member.id, role: "EMPLOYER" as const },
    consultantActor: { id: consultant.id, role: "CONSULTANT" as const },
  };
}

const details = (over: Partial<CompanyData> = {}): CompanyData => ({
  name: `${a} Plejehjem`, cvr: world.companyA.employer.cvr, industry: "pleje", address: "Strandvejen 1", postalCode: "2900",
  contactName: "Lone Berg", contactEmail: "lone@example.dk", contactPhone: "+45 12 34 56 78", ...over,
});

const cvrOf = async (id: string) => (await prisma.employer.findUniqueOrThrow({ where: { id }, select: { cvr: true } })).cvr;

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  configureSmtpUrl(null);
  await prisma.$disconnect();
});

describe("the company profile", () => {
  it("shows the employer their own company with colleagues, consultant and municipality, and other roles nothing", async () => {
    const company = await getOwnCompany(world.userA, new Date());
    expect(company?.id).toBe(world.companyA.employer.id);
    expect(company?.members.map((m) => m.user.email)).toEqual([world.companyA.member.email]);
    expect(company?.consultant).toEqual({ name: world.consultant.name, email: world.consultant.email });
    expect(company?.municipality.name).toBe(world.mA.name);
    expect(await getOwnCompany(world.consultantActor, new Date())).toBeNull();
  });

  it("saves the own company, but not another company guessed by id", async () => {
    expect(await updateOwnCompany(world.userA, world.companyA.employer.id, details())).toBe(true);
    expect(await prisma.employer.findUnique({ where: { id: world.companyA.employer.id }, select: { address: true, contactPhone: true } })).toEqual({ address: "Strandvejen 1", contactPhone: "+45 12 34 56 78" });

    const before = await prisma.employer.findUniqueOrThrow({ where: { id: world.companyB.employer.id } });
    expect(await updateOwnCompany(world.userA, world.companyB.employer.id, details({ cvr: before.cvr }))).toBe(false);
    expect(await updateOwnCompany(world.consultantActor, world.companyA.employer.id, details({ name: "Overtaget" }))).toBe(false);
    expect(await prisma.employer.findUniqueOrThrow({ where: { id: world.companyB.employer.id } })).toEqual(before);
  });

  it("refuses a CVR number another company already has, and keeps the old one", async () => {
    const taken = await cvrOf(world.companyB.employer.id);
    expect(await updateOwnCompany(world.userA, world.companyA.employer.id, details({ cvr: taken }))).toBe("cvr_taken");
    expect(await cvrOf(world.companyA.employer.id)).toBe(world.companyA.employer.cvr);
  });
});

describe("colleague invitations", () => {
  it("cannot invite to another company by guessing its id", async () => {
    const email = `${a}-guess@test.dk`;
    expect(await inviteColleague(world.userA, world.companyB.employer.id, { name: "Gæt", email }, new Date())).toBe("not_found");
    expect(await inviteColleague(world.consultantActor, world.companyA.employer.id, { name: "Gæt", email }, new Date())).toBe("not_found");
    expect(await prisma.invitation.count({ where: { email } })).toBe(0);
  });

  it("refuses a member of the own company, whom the inviter already sees among the colleagues", async () => {
    const id = world.companyA.employer.id;
    expect(await inviteColleague(world.userA, id, { name: "Mig", email: world.companyA.member.email.toUpperCase() }, new Date())).toBe("already_member");
  });

  it("answers an address with an account elsewhere exactly like a new one, and lists both as waiting", async () => {
    const now = new Date();
    const id = world.companyA.employer.id;
    const fresh = await inviteColleague(world.userA, id, { name: "Ny", email: `${a}-ny@test.dk` }, now);
    const otherCompany = await inviteColleague(world.userA, id, { name: "Anden", email: world.companyB.member.email }, now);
    const consultant = await inviteColleague(world.userA, id, { name: "Konsulent", email: world.consultant.email.toUpperCase() }, now);
    const results = [fresh, otherCompany, consultant].map((r) => {
      if (typeof r === "string") throw new Error(`expected an invitation, got ${r}`);
      return r;
    });
    // Same shape and the same values the inviter can be shown; `account` only steers the e-mail.
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(Object.keys(results[0]!).sort());
      expect(r.companyName).toBe(results[0]!.companyName);
      expect(r.token).toMatch(/^[\w-]{20,}$/);
    }
    expect(results.map((r) => r.account?.role ?? null)).toEqual([null, "EMPLOYER", "CONSULTANT"]);

    const waiting = (await getOwnCompany(world.userA, now))?.invitations.map((i) => i.email);
    expect(waiting).toEqual(expect.arrayContaining([`${a}-ny@test.dk`, world.companyB.member.email, world.consultant.email]));
    // Resending does not tell them apart either: a fresh token, and the account is known again.
    const resent = await resendColleagueInvitation(world.userA, results[1]!.invitationId, now);
    expect(resent).toMatchObject({ invitationId: results[1]!.invitationId, companyName: results[0]!.companyName, account: { role: "EMPLOYER" } });
    expect((await resendColleagueInvitation(world.userA, results[0]!.invitationId, now))?.account).toBeNull();
  });

  it("keeps the existing account as it was when a link for its address is accepted", async () => {
    const now = new Date();
    const email = `${a}-senere@test.dk`;
    const invited = await inviteColleague(world.userA, world.companyA.employer.id, { name: "Senere", email }, now);
    if (typeof invited === "string") throw new Error(invited);
    // The address got an account of its own after the invitation was sent.
    const user = await prisma.user.create({ data: { email, name: "Selv Oprettet", role: "EMPLOYER", passwordHash: "own" } });
    expect(await acceptInvitation(invited.token, "hash", now)).toEqual({ ok: false, reason: "email_taken" });
    expect(await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, passwordHash: true, employerMembers: true } })).toEqual({ id: user.id, passwordHash: "own", employerMembers: [] });
    expect((await findOpenInvitation(invited.token, now)).state).toBe("open");

    const taken = await inviteColleague(world.userA, world.companyA.employer.id, { name: "Anden", email: world.companyB.member.email }, now);
    if (typeof taken === "string") throw new Error(taken);
    expect(await acceptInvitation(taken.token, "hash", now)).toEqual({ ok: false, reason: "email_taken" });
    expect(await prisma.employerMember.count({ where: { user: { email: world.companyB.member.email } } })).toBe(1);
  });

  it("makes the invited colleague an employer member of exactly that company", async () => {
    const now = new Date();
    const email = `${a}-kollega@test.dk`;
    const result = await inviteColleague(world.userA, world.companyA.employer.id, { name: "Kim Kollega", email: ` ${email.toUpperCase()} ` }, now);
    if (typeof result === "string") throw new Error(result);

    const row = await prisma.invitation.findUniqueOrThrow({ where: { id: result.invitationId } });
    expect(row).toMatchObject({
      email, name: "Kim Kollega", role: "EMPLOYER", employerId: world.companyA.employer.id, municipalityId: world.mA.id,
      invitedById: world.userA.id, tokenHash: hashToken(result.token), acceptedAt: null,
    });
    expect(row.expiresAt.getTime()).toBe(now.getTime() + 14 * DAY);
    expect((await getOwnCompany(world.userA, now))?.invitations.map((i) => i.id)).toContain(row.id);
    expect((await getOwnCompany(world.userA, new Date(now.getTime() + 15 * DAY)))?.invitations.map((i) => i.id)).not.toContain(row.id);
    expect((await getOwnCompany(world.userB, now))?.invitations).toEqual([]);

    expect(await acceptInvitation(result.token, "hash", now)).toEqual({ ok: true, email, role: "EMPLOYER" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, employerMembers: { select: { employerId: true } } } });
    expect(user.role).toBe("EMPLOYER");
    expect(user.employerMembers).toEqual([{ employerId: world.companyA.employer.id }]);
    const seen = await getOwnCompany({ id: user.id, role: "EMPLOYER" }, now);
    expect(seen?.id).toBe(world.companyA.employer.id);
    expect(seen?.invitations.map((i) => i.id)).not.toContain(row.id);
  });

  it("renews an open invitation when the same e-mail is invited again, instead of making a second", async () => {
    const now = new Date();
    const email = `${a}-igen@test.dk`;
    const first = await inviteColleague(world.userA, world.companyA.employer.id, { name: "Igen", email }, now);
    const second = await inviteColleague(world.userA, world.companyA.employer.id, { name: "Igen Igen", email }, now);
    if (typeof first === "string" || typeof second === "string") throw new Error("not invited");
    expect(second.invitationId).toBe(first.invitationId);
    expect(await prisma.invitation.count({ where: { email } })).toBe(1);
    expect((await findOpenInvitation(first.token, now)).state).toBe("unknown");
    expect((await findOpenInvitation(second.token, now)).state).toBe("open");
  });

  it("sends again with a new token, so the old link stops working; another company cannot", async () => {
    const now = new Date();
    const email = `${a}-resend@test.dk`;
    const first = await inviteColleague(world.userA, world.companyA.employer.id, { name: "Rasmus", email }, now);
    if (typeof first === "string") throw new Error(first);

    expect(await resendColleagueInvitation(world.userB, first.invitationId, now)).toBeNull();
    expect((await findOpenInvitation(first.token, now)).state).toBe("open");

    const later = new Date(now.getTime() + 10 * DAY);
    const again = await resendColleagueInvitation(world.userA, first.invitationId, later);
    expect(again).toMatchObject({ invitationId: first.invitationId, email, name: "Rasmus", companyName: (await prisma.employer.findUniqueOrThrow({ where: { id: world.companyA.employer.id } })).name });
    expect(again!.token).not.toBe(first.token);
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: first.invitationId } })).expiresAt.getTime()).toBe(later.getTime() + 14 * DAY);
    expect(await acceptInvitation(first.token, "hash", later)).toEqual({ ok: false, reason: "invalid" });
    expect(await acceptInvitation(again!.token, "hash", later)).toEqual({ ok: true, email, role: "EMPLOYER" });
    expect(await resendColleagueInvitation(world.userA, first.invitationId, later)).toBeNull();
  });

  it("cancels an open invitation of the own company only", async () => {
    const now = new Date();
    const invited = await inviteColleague(world.userA, world.companyA.employer.id, { name: "Fortrudt", email: `${a}-cancel@test.dk` }, now);
    if (typeof invited === "string") throw new Error(invited);

    expect(await cancelColleagueInvitation(world.userB, invited.invitationId)).toBe(false);
    expect((await findOpenInvitation(invited.token, now)).state).toBe("open");
    expect(await cancelColleagueInvitation(world.userA, invited.invitationId)).toBe(true);
    expect(await cancelColleagueInvitation(world.userA, invited.invitationId)).toBe(false);
    expect(await acceptInvitation(invited.token, "hash", now)).toEqual({ ok: false, reason: "invalid" });
  });
});

/** The mail body as text: soft line breaks joined, =XX bytes decoded as UTF-8. */
const decodeQuotedPrintable = (raw: string) =>
  Buffer.from(raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");

describe("the invitation e-mail", () => {
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
  const mail = { to: "kim@example.dk", name: "Kim", inviterName: "Lars Holm", companyName: "Solsikken ApS", link: invitationLink("tok123", "https://refleks.example"), locale: "da", invitationId: "inv-1" };

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(resolve));
  });

  it("is not sent when e-mail is off", async () => {
    configureSmtpUrl(undefined);
    expect(await sendInvitationEmail(mail)).toBe(false);
    expect(invitationLink("tok123", undefined)).toBe("/invite/tok123");
  });

  it("carries the absolute link, the inviter and the company", async () => {
    configureSmtpUrl(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    expect(await sendInvitationEmail(mail)).toBe(true);
    const sent = received.find((m) => m.to.includes("kim@example.dk"));
    const text = decodeQuotedPrintable(sent!.raw);
    expect(text).toContain("https://refleks.example/invite/tok123");
    expect(text).toContain("Lars Holm har inviteret dig til at være med i Solsikken ApS");
  });

  it("reports a failure as not sent and logs ids only", async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    configureSmtpUrl(`smtp://127.0.0.1:${port}`);
    const error = vi.spyOn(logger, "error");
    try {
      expect(await sendInvitationEmail(mail)).toBe(false);
      const call = error.mock.calls.find(([ctx]) => (ctx as { invitationId?: string }).invitationId === "inv-1");
      expect(call).toBeDefined();
      expect(JSON.stringify(call)).not.toContain("kim@example.dk");
      expect(JSON.stringify(call)).not.toContain("tok123");
    } finally {
      error.mockRestore();
    }
  });
});
