import { companyAlias } from "@/lib/privacy/pseudonyms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { answerContactRequest, expressInterest, withdrawConsent } from "@/lib/db/citizen-matches";
import { getOwnCompanyMatch, listOwnCompanyMatches } from "@/lib/db/employer-matches";
import { decideMatch } from "@/lib/db/match-queue";
import { listMatchMessages, postMatchMessage } from "@/lib/db/match-messages";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const p = uniquePrefix("em");
const now = new Date("2030-05-01T09:00:00Z");
let w: Awaited<ReturnType<typeof build>>;

const userActor = (id: string) => prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, municipalityId: true } });

async function build() {
  const m = await createMunicipality(prisma, p);
  const other = await createMunicipality(prisma, `${p}-x`);
  const k = await createConsultant(prisma, p, m.code);
  const stranger = await createConsultant(prisma, `${p}-x`, other.code);
  const yes = await createCitizen(prisma, `${p}-yes`, m.code, k.email);
  const no = await createCitizen(prisma, `${p}-no`, m.code, k.email);
  const quiet = await createCitizen(prisma, `${p}-quiet`, m.code, k.email);
  await prisma.user.update({ where: { id: yes.user.id }, data: { phone: "+45 11 22 33 44" } });
  const company = await createEmployerWithOpening(prisma, `${p}-e1`, m.code);
  const rival = await createEmployerWithOpening(prisma, `${p}-e2`, m.code);
  const request = (citizenId: string, createdAt: string) =>
    prisma.match.create({ data: { openingId: company.opening.id, citizenId, status: "EMPLOYER_INTERESTED", origin: "EMPLOYER", contactRequest: "Hej", createdAt: new Date(createdAt) } });
  const toYes = await request(yes.id, "2030-04-01T09:00:00Z");
  const toNo = await request(no.id, "2030-04-02T09:00:00Z");
  // A citizen's own interest is between them and the job centre until it is approved.
  await expressInterest({ id: quiet.user.id, role: "CITIZEN" }, company.opening.id, new Date("2030-04-03T09:00:00Z"));
  const interest = await prisma.match.findUniqueOrThrow({ where: { openingId_citizenId: { openingId: company.opening.id, citizenId: quiet.id } } });
  return {
    k: await userActor(k.id), stranger: await userActor(stranger.id), member: await userActor(company.member.id), rival: await userActor(rival.member.id),
    yes, no, quiet, toYes, toNo, interest,
  };
}

beforeAll(async () => {
  w = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

const citizen = (c: { user: { id: string } }) => ({ id: c.user.id, role: "CITIZEN" as const });

describe("the employer's matches", () => {
  it("lists the company's requests newest first with the alias only, and not a citizen's unapproved interest", async () => {
    const list = await listOwnCompanyMatches(w.member);
    expect(list.map((m) => m.id)).toEqual([w.toNo.id, w.toYes.id]);
    expect(list[1]).toMatchObject({ status: "EMPLOYER_INTERESTED", citizen: { alias: companyAlias(list[1]!.opening.employer.id, w.yes.id) }, identity: null });
    expect(Object.keys(list[1]!.citizen)).toEqual(["alias"]);
    expect(await getOwnCompanyMatch(w.member, w.interest.id)).toBeNull();
  });

  it("audits every list and detail view, for the citizens it showed", async () => {
    const since = new Date();
    await listOwnCompanyMatches(w.member);
    await getOwnCompanyMatch(w.member, w.toNo.id);
    const rows = await prisma.auditEvent.findMany({ where: { actorId: w.member.id, createdAt: { gte: since }, action: { in: ["match.list", "match.view"] } } });
    expect(rows.map((r) => [r.action, [...r.subjectIds].sort()]).sort()).toEqual([
      ["match.list", [w.no.id, w.yes.id].sort()],
      ["match.view", [w.no.id]],
    ]);
    // The internal profile id is read for the audit, never returned.
    expect(JSON.stringify(await listOwnCompanyMatches(w.member))).not.toContain(w.no.id);
  });

  it("gives another company, and other roles, nothing", async () => {
    expect(await listOwnCompanyMatches(w.rival)).toEqual([]);
    expect(await getOwnCompanyMatch(w.rival, w.toYes.id)).toBeNull();
    expect(await getOwnCompanyMatch(w.k, w.toYes.id)).toBeNull();
    expect(await listOwnCompanyMatches(w.k)).toEqual([]);
  });

  it("shows the identity only after the citizen accepts, never after a decline, and audits the read", async () => {
    expect(await decideMatch(w.k, w.toYes.id, { decision: "approve", citizenMessage: "Til borgeren: ring gerne", employerMessage: "God idé" }, now)).toBe("ok");
    expect(await decideMatch(w.k, w.toNo.id, { decision: "approve", citizenMessage: "Til borgeren alene", employerMessage: "Hun har haft stress" }, now)).toBe("ok");
    expect(await decideMatch(w.k, w.interest.id, { decision: "approve" }, now)).toBe("ok");
    const approved = await listOwnCompanyMatches(w.member);
    expect(approved.map((m) => m.id)).toEqual([w.interest.id, w.toNo.id, w.toYes.id]);
    expect(approved.every((m) => m.status === "APPROVED" && m.identity === null)).toBe(true);
    // Before the citizen answers, the employer sees neither note: not in the list, not in the thread.
    for (const id of [w.toYes.id, w.toNo.id]) {
      const detail = JSON.stringify(await getOwnCompanyMatch(w.member, id));
      for (const note of ["God idé", "Hun har haft stress", "Til borgeren"]) expect(detail).not.toContain(note);
    }
    expect(JSON.stringify(approved)).not.toMatch(/God idé|Hun har haft stress|Til borgeren/);

    expect(await answerContactRequest(citizen(w.yes), w.toYes.id, true, now)).toBe("ok");
    expect(await answerContactRequest(citizen(w.no), w.toNo.id, false, now)).toBe("ok");
    const list = await listOwnCompanyMatches(w.member);
    const byId = new Map(list.map((m) => [m.id, m]));
    expect(byId.get(w.toYes.id)).toMatchObject({ status: "CITIZEN_ACCEPTED", identity: { name: w.yes.user.name, email: w.yes.user.email, phone: "+45 11 22 33 44" } });
    expect(byId.get(w.toNo.id)).toMatchObject({ status: "CITIZEN_DECLINED", identity: null });
    expect(JSON.stringify(byId.get(w.toNo.id))).not.toContain(w.no.user.name);
    // After a no, the held-back note is gone for good.
    expect(JSON.stringify(await getOwnCompanyMatch(w.member, w.toNo.id))).not.toContain("Hun har haft stress");
    expect((await prisma.match.findUniqueOrThrow({ where: { id: w.toNo.id } })).employerNoteOnConsent).toBeNull();
    const audits = await prisma.auditEvent.findMany({ where: { actorId: w.member.id, action: "citizen.identity" } });
    expect(new Set(audits.map((a) => a.subjectId))).toEqual(new Set([w.yes.id]));
    expect((await listOwnCompanyMatches(w.rival)).length).toBe(0);
  });

  it("shows one match with its status history (no notes) and the thread", async () => {
    const detail = await getOwnCompanyMatch(w.member, w.toYes.id);
    expect(detail?.identity?.name).toBe(w.yes.user.name);
    expect(detail?.events.map((e) => e.toStatus)).toEqual(["APPROVED", "CITIZEN_ACCEPTED"]);
    expect(detail?.events.every((e) => !("note" in e))).toBe(true);
    // After her yes: the note to the employer, by the consultant who approved; never hers.
    expect(detail?.messages.map((m) => [m.body, m.author?.role, m.mine])).toEqual([["God idé", "CONSULTANT", false]]);
    expect(JSON.stringify(detail)).not.toContain("Til borgeren");
  });
});

describe("the match thread", () => {
  it("lets the company and the municipality's consultants write and read", async () => {
    expect(await postMatchMessage(w.member, w.toNo.id, "  Tak for hjælpen  ", now)).toBe(true);
    expect(await postMatchMessage(w.k, w.toNo.id, "Selv tak", new Date(now.getTime() + 1000))).toBe(true);
    const seenByEmployer = await listMatchMessages(w.member, w.toNo.id);
    expect(seenByEmployer?.map((m) => [m.body, m.author?.name, m.mine])).toEqual([
      ["Tak for hjælpen", `${p}-e1 Arbejdsgiver`, true],
      ["Selv tak", `${p} Konsulent`, false],
    ]);
    expect((await listMatchMessages(w.k, w.toNo.id))?.map((m) => m.mine)).toEqual([false, true]);
  });

  it("refuses another company, another municipality's consultant, the citizen, and empty messages", async () => {
    for (const actor of [w.rival, w.stranger, citizen(w.no)]) {
      expect(await postMatchMessage(actor, w.toNo.id, "Hej", now)).toBe(false);
      expect(await listMatchMessages(actor, w.toNo.id)).toBeNull();
    }
    expect(await postMatchMessage(w.member, w.toNo.id, "   ", now)).toBe(false);
    expect(await postMatchMessage(w.member, `${p}-nope`, "Hej", now)).toBe(false);
    expect(await prisma.matchMessage.count({ where: { matchId: w.toNo.id } })).toBe(2);
  });

  it("keeps a citizen's unapproved interest out of the employer's thread", async () => {
    const newcomer = await createCitizen(prisma, `${p}-new`, p);
    const other = await prisma.match.create({ data: { openingId: w.toYes.openingId, citizenId: newcomer.id, status: "PROPOSED", origin: "CITIZEN" } });
    expect(await postMatchMessage(w.member, other.id, "Hej", now)).toBe(false);
    expect(await postMatchMessage(w.k, other.id, "Til virksomheden senere", now)).toBe(true);
  });
});

describe("withdrawing consent", () => {
  it("takes the identity away from the company at once, records it, and only for her own accepted match", async () => {
    expect((await getOwnCompanyMatch(w.member, w.toYes.id))?.identity?.name).toBe(w.yes.user.name);
    expect(await withdrawConsent(citizen(w.no), w.toYes.id, now)).toBe("not_found");
    expect(await withdrawConsent(w.member, w.toYes.id, now)).toBe("not_found");
    expect(await withdrawConsent(citizen(w.yes), w.toYes.id, now)).toBe("ok");
    const after = await getOwnCompanyMatch(w.member, w.toYes.id);
    expect(after).toMatchObject({ status: "CITIZEN_DECLINED", identity: null, revealedAt: null });
    expect(JSON.stringify(after)).not.toContain(w.yes.user.email);
    expect(await prisma.auditEvent.count({ where: { actorId: w.yes.user.id, action: "citizen.consent.withdrawn", subjectId: w.toYes.id } })).toBe(1);
    const told = await prisma.notification.findMany({ where: { matchId: w.toYes.id, userId: w.member.id, type: "CITIZEN_ANSWER" }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(told[0]?.data).toMatchObject({ answer: "withdrawn" });
    // Twice is harmless: nothing left to take back.
    expect(await withdrawConsent(citizen(w.yes), w.toYes.id, now)).toBe("not_found");
  });
});
