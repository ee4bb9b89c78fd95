import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseInvitationCsv } from "@/lib/invitations/csv";
import { prisma } from "@/lib/db/client";
import { inviteCitizen, inviteCitizens, listOpenInvitations, OPEN_INVITATIONS_PAGE_SIZE, resendInvitation } from "@/lib/db/citizen-invitations";
import { acceptInvitation, findOpenInvitation } from "@/lib/db/invitations";
import { createCitizen, createConsultant, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const p = uniquePrefix("ci");
const now = new Date("2030-05-01T09:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
let world: Awaited<ReturnType<typeof build>>;

const actorOf = (id: string) => prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, municipalityId: true } });
const mail = (label: string) => `${p}-${label}@test.dk`;

async function build() {
  const m = await createMunicipality(prisma, p);
  const other = await createMunicipality(prisma, `${p}-x`);
  const k1 = await createConsultant(prisma, `${p}-k1`, m.code);
  const stranger = await createConsultant(prisma, `${p}-k2`, other.code);
  const existing = await createCitizen(prisma, `${p}-a`, m.code, k1.email);
  const elsewhere = await createCitizen(prisma, `${p}-e`, other.code, stranger.email);
  return { m, other, k1: await actorOf(k1.id), stranger: await actorOf(stranger.id), existing, elsewhere };
}

beforeAll(async () => {
  world = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

function invited<T>(result: T | string | null): T {
  if (result === null || typeof result === "string") throw new Error(`expected an invitation, got ${String(result)}`);
  return result;
}

describe("inviting a citizen", () => {
  it("stores a hashed 30-day invitation; accepting creates the citizen in the municipality with the inviter as consultant", async () => {
    const invitation = invited(await inviteCitizen(world.k1, { name: "Anne Andersen", email: mail("Anne").toUpperCase() }, now));
    const row = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.invitationId } });
    expect(row).toMatchObject({ role: "CITIZEN", municipalityId: world.m.id, invitedById: world.k1.id, email: mail("anne"), acceptedAt: null });
    expect(row.tokenHash).not.toBe(invitation.token);
    expect(row.expiresAt.getTime()).toBe(now.getTime() + 30 * DAY);
    expect(invitation.renewed).toBe(false);

    const accepted = await acceptInvitation(invitation.token, null, new Date(now.getTime() + DAY));
    expect(accepted).toEqual({ ok: true, email: mail("anne"), role: "CITIZEN" });
    const profile = await prisma.citizenProfile.findFirstOrThrow({ where: { user: { email: mail("anne") } } });
    expect(profile).toMatchObject({ municipalityId: world.m.id, consultantId: world.k1.id });
    expect((await listOpenInvitations(world.k1, now)).rows.map((i) => i.id)).not.toContain(invitation.invitationId);
  });

  it("gives non-consultants nothing", async () => {
    expect(await inviteCitizen({ id: world.existing.user.id, role: "CITIZEN", municipalityId: null }, { name: "X", email: mail("x") }, now)).toBeNull();
  });

  it("answers an e-mail that already has an account (any municipality) exactly like a new one", async () => {
    const fresh = invited(await inviteCitizen(world.k1, { name: "Ny", email: mail("ny") }, now));
    const own = invited(await inviteCitizen(world.k1, { name: "Egen", email: world.existing.user.email }, now));
    const other = invited(await inviteCitizen(world.k1, { name: "Anden", email: world.elsewhere.user.email.toUpperCase() }, now));
    for (const r of [own, other]) {
      expect(Object.keys(r).sort()).toEqual(Object.keys(fresh).sort());
      expect({ renewed: r.renewed, municipalityName: r.municipalityName }).toEqual({ renewed: fresh.renewed, municipalityName: fresh.municipalityName });
    }
    // `account` only steers the e-mail (a notice instead of a link); it is never shown to the consultant.
    expect([fresh, own, other].map((r) => r.account?.role ?? null)).toEqual([null, "CITIZEN", "CITIZEN"]);
    const waiting = (await listOpenInvitations(world.k1, now)).rows.map((i) => i.email);
    expect(waiting).toEqual(expect.arrayContaining([mail("ny"), world.existing.user.email, world.elsewhere.user.email]));
    // The other municipality's citizen is untouched: no second account, same municipality.
    expect(await prisma.citizenProfile.findUniqueOrThrow({ where: { userId: world.elsewhere.user.id }, select: { municipalityId: true } })).toEqual({ municipalityId: world.other.id });
    expect((await resendInvitation(world.k1, other.invitationId, now))?.account).toMatchObject({ role: "CITIZEN" });
  });

  it("keeps the account as it was when a link for its address is accepted", async () => {
    const invitation = invited(await inviteCitizen(world.k1, { name: "Anden", email: world.elsewhere.user.email }, now));
    expect(await acceptInvitation(invitation.token, null, now)).toEqual({ ok: false, reason: "email_taken" });
    expect(await prisma.user.count({ where: { email: world.elsewhere.user.email } })).toBe(1);
    expect((await findOpenInvitation(invitation.token, now)).state).toBe("open");
  });

  it("renews a waiting invitation for the same e-mail instead of making a second one", async () => {
    const first = invited(await inviteCitizen(world.k1, { name: "Bo", email: mail("bo") }, now));
    const second = invited(await inviteCitizen(world.k1, { name: "Bo Berg", email: mail("bo") }, new Date(now.getTime() + DAY)));
    expect(second).toMatchObject({ invitationId: first.invitationId, renewed: true, name: "Bo Berg" });
    expect(await prisma.invitation.count({ where: { email: mail("bo") } })).toBe(1);
    expect((await findOpenInvitation(first.token, now)).state).toBe("unknown");
    expect((await findOpenInvitation(second.token, now)).state).toBe("open");
  });
});

describe("open invitations and resending", () => {
  it("lists the municipality's waiting invitations, marks expired ones, and hides them from other municipalities", async () => {
    const invitation = invited(await inviteCitizen(world.k1, { name: "Carl", email: mail("carl") }, now));
    const later = new Date(now.getTime() + 31 * DAY);
    const listed = (await listOpenInvitations(world.k1, later)).rows.find((i) => i.id === invitation.invitationId);
    expect(listed).toMatchObject({ name: "Carl", email: mail("carl"), expired: true, invitedBy: { name: expect.any(String) } });
    expect((await listOpenInvitations(world.stranger, later)).rows.map((i) => i.id)).not.toContain(invitation.invitationId);
  });

  it("gives a new link that works while the old one stops; another municipality cannot resend", async () => {
    const invitation = invited(await inviteCitizen(world.k1, { name: "Dorte", email: mail("dorte") }, now));
    expect(await resendInvitation(world.stranger, invitation.invitationId, now)).toBeNull();
    expect((await findOpenInvitation(invitation.token, now)).state).toBe("open");

    const later = new Date(now.getTime() + 40 * DAY);
    const resent = invited(await resendInvitation(world.k1, invitation.invitationId, later));
    expect(resent.token).not.toBe(invitation.token);
    expect(await acceptInvitation(invitation.token, null, later)).toEqual({ ok: false, reason: "invalid" });
    expect((await acceptInvitation(resent.token, null, later)).ok).toBe(true);
    // Accepted: nothing left to resend.
    expect(await resendInvitation(world.k1, invitation.invitationId, later)).toBeNull();
  });
});

describe("inviting a CSV list", () => {
  it("invites every valid row, those with an account too, and reports only the bad lines", async () => {
    const csv = ["navn;e-mail", `Eva;${mail("eva")}`, `"Frederiksen, Finn";${mail("finn")}`, `Taget;${world.existing.user.email}`, "Uden mail;", `Eva igen;${mail("eva")}`, `Fremmed;${world.elsewhere.user.email}`].join("\n");
    const { rows, errors } = parseInvitationCsv(csv);
    expect(errors).toEqual([{ line: 5, message: "emailInvalid" }, { line: 6, message: "duplicate" }]);
    const outcomes = await inviteCitizens(world.k1, rows, now);
    expect(outcomes.map((o) => [o.line, typeof o.result === "object" && "invitationId" in o.result ? "invited" : String(o.result)])).toEqual([[2, "invited"], [3, "invited"], [4, "invited"], [7, "invited"]]);
    const open = (await listOpenInvitations(world.k1, now)).rows;
    expect(open.filter((i) => [mail("eva"), mail("finn")].includes(i.email)).map((i) => i.name).sort()).toEqual(["Eva", "Frederiksen, Finn"]);
    expect(open.map((i) => i.email)).toEqual(expect.arrayContaining([world.existing.user.email, world.elsewhere.user.email]));
  });
});

describe("the waiting list", () => {
  it("comes a page of 20 at a time, every waiting invitation on exactly one page, an out-of-range page clamped", async () => {
    for (let i = 0; i < 22; i++) await inviteCitizen(world.k1, { name: `Side ${i}`, email: mail(`side${i}`) }, now);
    const first = await listOpenInvitations(world.k1, now);
    expect(first.rows).toHaveLength(OPEN_INVITATIONS_PAGE_SIZE);
    expect(first.pages).toBe(Math.ceil(first.total / OPEN_INVITATIONS_PAGE_SIZE));
    const ids: string[] = [];
    for (let page = 1; page <= first.pages; page++) ids.push(...(await listOpenInvitations(world.k1, now, page)).rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(first.total);
    expect(ids).toHaveLength(first.total);
    const beyond = await listOpenInvitations(world.k1, now, 999);
    expect(beyond.page).toBe(first.pages);
  });
});
