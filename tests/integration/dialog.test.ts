import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { listCaseload } from "@/lib/db/caseload";
import { DIALOG_PAGE_SIZE, readDialog, type DialogActor } from "@/lib/db/dialog";
import { postDialogMessage } from "@/lib/db/dialog-post";
import { countUnreadDialogForCitizen, countUnreadDialogsForConsultant } from "@/lib/db/dialog-unread";
import { exportOwnData } from "@/lib/db/my-data";
import type { SessionUser } from "@/lib/db/users";
import { newRecordId } from "@/lib/auth/tokens";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";
import { session } from "./action-stand-ins";

vi.mock("@/lib/auth/guards", async () => (await import("./action-stand-ins")).guards);
vi.mock("next/cache", async () => (await import("./action-stand-ins")).cache);
vi.mock("next-intl/server", async () => (await import("./action-stand-ins")).danishTranslations());

const { sendDialogMessageAction } = await import("@/app/(citizen)/citizen/dialog/actions");
const { answerDialogAction } = await import("@/app/(consultant)/consultant/citizens/[id]/dialog/actions");

const p = uniquePrefix("dl");
let w: Awaited<ReturnType<typeof build>>;

const userOf = (id: string): Promise<SessionUser> =>
  prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, name: true, role: true, locale: true, municipalityId: true } });

async function build() {
  const m = await createMunicipality(prisma, p);
  const other = await createMunicipality(prisma, `${p}-x`);
  const k1 = await createConsultant(prisma, `${p}-k1`, m.code);
  const k2 = await createConsultant(prisma, `${p}-k2`, m.code);
  const stranger = await createConsultant(prisma, `${p}-k3`, other.code);
  const anna = await createCitizen(prisma, `${p}-a`, m.code, k1.email);
  const bo = await createCitizen(prisma, `${p}-b`, other.code, stranger.email);
  const e = await createEmployerWithOpening(prisma, `${p}-e`, m.code);
  const e2 = await createEmployerWithOpening(prisma, `${p}-e2`, other.code);
  const annasMatch = await prisma.match.create({ data: { openingId: e.opening.id, citizenId: anna.id, status: "APPROVED" } });
  const bosMatch = await prisma.match.create({ data: { openingId: e2.opening.id, citizenId: bo.id, status: "APPROVED" } });
  return {
    k1: await userOf(k1.id), k2: await userOf(k2.id), stranger: await userOf(stranger.id), employer: await userOf(e.member.id),
    anna: await userOf(anna.user.id), annaProfile: anna.id, bo: await userOf(bo.user.id), boProfile: bo.id, annasMatch, bosMatch, municipality: m, other,
  };
}

beforeAll(async () => {
  w = await build();
});

afterAll(async () => {
  await prisma.$disconnect();
});

const thread = () => prisma.dialogThread.findUniqueOrThrow({ where: { citizenId: w.annaProfile } });
const dialogAudits = (actorId: string) => prisma.auditEvent.count({ where: { actorId, action: "citizen.dialog", subjectIds: { has: w.annaProfile } } });
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};
// Strictly later for every message the helper posts, so the thread's order is known in advance.
let clock = 0;
const post = (actor: DialogActor, body: string, extra: { profileId?: string; matchId?: string | null } = {}) => {
  clock = Math.max(Date.now(), clock + 1);
  return postDialogMessage(actor, { id: newRecordId(actor.id), body, matchId: extra.matchId ?? null, profileId: extra.profileId }, new Date(clock));
};

describe("the citizen's dialog with the job centre", () => {
  it("lets the citizen write; her consultant is notified and the job centre sees it unread", async () => {
    session.user = w.anna;
    const result = await sendDialogMessageAction({ ok: true }, form({ id: newRecordId(w.anna.id), body: "  Hej Sofie\u0007, kan vi tale om mine timer?  ", matchId: w.annasMatch.id }));
    expect(result).toMatchObject({ ok: true, message: "Din besked er sendt." });
    const t = await thread();
    expect(t).toMatchObject({ jobcentreUnread: 1, citizenUnread: 0, municipalityId: w.municipality.id });
    const notice = await prisma.notification.findFirstOrThrow({ where: { userId: w.k1.id, type: "DIALOG_MESSAGE" } });
    expect(notice.data).toMatchObject({ profileId: w.annaProfile, fromCitizen: 1 });
    expect(await countUnreadDialogsForConsultant(w.k1)).toBe(1);
    expect(await countUnreadDialogsForConsultant(w.k2)).toBe(0); // not in k2's own caseload
    const page = await listCaseload(w.k2, { scope: "all", q: "", status: null, unread: true });
    expect(page.rows.map((r) => [r.id, r.dialogUnread])).toEqual([[w.annaProfile, 1]]);
  });

  it("shows the citizen her own message, cleaned of control characters and about her match", async () => {
    const view = await readDialog(w.anna);
    expect(view?.messages.map((m) => [m.body, m.mine, m.fromCitizen])).toEqual([["Hej Sofie, kan vi tale om mine timer?", true, true]]);
    expect(view?.messages[0]?.about).toMatchObject({ matchId: w.annasMatch.id, openingId: w.annasMatch.openingId });
  });

  it("lets a colleague of the municipality read (audited) and answer; the read clears the job centre's unread", async () => {
    const before = await dialogAudits(w.k2.id);
    const view = await readDialog(w.k2, { profileId: w.annaProfile });
    expect(view?.messages.map((m) => m.isNew)).toEqual([true]);
    expect(await dialogAudits(w.k2.id)).toBe(before + 1);
    expect((await thread()).jobcentreUnread).toBe(0);
    expect(await countUnreadDialogsForConsultant(w.k1)).toBe(0);

    session.user = w.k2;
    const answer = await answerDialogAction({ ok: true }, form({ id: newRecordId(w.k2.id), profileId: w.annaProfile, body: "Ja, ring til mig i morgen.", matchId: "" }));
    expect(answer).toMatchObject({ ok: true });
    expect(await countUnreadDialogForCitizen(w.anna)).toBe(1);
    const notice = await prisma.notification.findFirstOrThrow({ where: { userId: w.anna.id, type: "DIALOG_MESSAGE" } });
    expect(notice.data).toMatchObject({ authorName: w.k2.name, profileId: w.annaProfile });
  });

  it("shows the citizen the answer as new once, then her badge clears", async () => {
    const view = await readDialog(w.anna);
    expect(view?.messages.map((m) => [m.authorName, m.isNew])).toEqual([[w.anna.name, false], [w.k2.name, true]]);
    expect(await countUnreadDialogForCitizen(w.anna)).toBe(0);
    expect((await readDialog(w.anna))?.messages.some((m) => m.isNew)).toBe(false);
  });

  it("saves a double submit once and says it is sent both times", async () => {
    session.user = w.anna;
    const data = form({ id: newRecordId(w.anna.id), body: "Tak!", matchId: "" });
    const first = await sendDialogMessageAction({ ok: true }, data);
    const second = await sendDialogMessageAction({ ok: true }, data);
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(await prisma.dialogMessage.count({ where: { threadId: (await thread()).id, body: "Tak!" } })).toBe(1);
    expect((await thread()).jobcentreUnread).toBe(1);
  });

  it("refuses an empty or too long message at the field, and another citizen's match", async () => {
    session.user = w.anna;
    const empty = await sendDialogMessageAction({ ok: true }, form({ id: newRecordId(w.anna.id), body: "   ", matchId: "" }));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { body: "Skriv en besked, før du sender." } });
    const long = await sendDialogMessageAction({ ok: true }, form({ id: newRecordId(w.anna.id), body: "x".repeat(4001), matchId: "" }));
    expect(long).toMatchObject({ ok: false, fieldErrors: { body: expect.stringContaining("4.000") } });
    const foreign = await sendDialogMessageAction({ ok: true }, form({ id: newRecordId(w.anna.id), body: "Om Bos job", matchId: w.bosMatch.id }));
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { matchId: expect.any(String) } });
    // An id the page did not make for her (another user's) saves nothing.
    expect(await postDialogMessage(w.anna, { id: newRecordId(w.bo.id), body: "Hej", matchId: null })).toBe("not_found");
    expect(await prisma.dialogMessage.count({ where: { body: { in: ["Om Bos job", "Hej"] } } })).toBe(0);
  });
});

describe("who may see the thread", () => {
  it("gives another citizen her own empty thread, never Anna's", async () => {
    const view = await readDialog(w.bo, { profileId: w.annaProfile });
    expect(view?.profileId).toBe(w.boProfile);
    expect(view?.messages).toEqual([]);
  });

  it("gives a consultant of another municipality and an employer nothing, and lets them write nothing", async () => {
    const before = await prisma.dialogMessage.count();
    for (const actor of [w.stranger, w.employer]) {
      expect(await readDialog(actor, { profileId: w.annaProfile })).toBeNull();
      expect(await post(actor, "Hej", { profileId: w.annaProfile })).toBe("not_found");
    }
    session.user = w.stranger;
    expect(await answerDialogAction({ ok: true }, form({ id: newRecordId(w.stranger.id), profileId: w.annaProfile, body: "Hej", matchId: "" }))).toMatchObject({ ok: false });
    expect(await prisma.dialogMessage.count()).toBe(before);
    expect(await dialogAudits(w.stranger.id)).toBe(0);
  });

  it("keeps the history through a handover: the new consultant reads it all and gets the next notice", async () => {
    await prisma.citizenProfile.update({ where: { id: w.annaProfile }, data: { consultantId: w.k2.id } });
    const view = await readDialog(w.k2, { profileId: w.annaProfile });
    expect(view?.messages.length).toBe(3);
    expect(await post(w.anna, "Hej nye konsulent")).toBe("ok");
    expect(await prisma.notification.count({ where: { userId: w.k2.id, type: "DIALOG_MESSAGE" } })).toBe(1);
    expect(await countUnreadDialogsForConsultant(w.k2)).toBe(1);
  });

  it("moves the thread with a citizen who moves to another municipality", async () => {
    await prisma.citizenProfile.update({ where: { id: w.annaProfile }, data: { municipalityId: w.other.id } });
    try {
      expect((await thread()).municipalityId).toBe(w.other.id);
      expect(await readDialog(w.k2, { profileId: w.annaProfile })).toBeNull();
      expect((await readDialog(w.stranger, { profileId: w.annaProfile }))?.messages.length).toBe(4);
    } finally {
      await prisma.citizenProfile.update({ where: { id: w.annaProfile }, data: { municipalityId: w.municipality.id } });
    }
    expect((await thread()).municipalityId).toBe(w.municipality.id);
  });
});

describe("a long thread", () => {
  it("pages older messages by cursor and marks read only from the newest page", async () => {
    for (let i = 0; i < DIALOG_PAGE_SIZE + 3; i++) expect(await post(w.k1, `Svar ${i}`, { profileId: w.annaProfile })).toBe("ok");
    const older = await readDialog(w.anna, { before: (await readDialog(w.k1, { profileId: w.annaProfile }))!.olderCursor! });
    expect(older?.isNewestPage).toBe(false);
    expect(await countUnreadDialogForCitizen(w.anna)).toBe(DIALOG_PAGE_SIZE + 3);
    const newest = await readDialog(w.anna);
    expect(newest?.messages).toHaveLength(DIALOG_PAGE_SIZE);
    expect(newest?.messages.at(-1)?.body).toBe(`Svar ${DIALOG_PAGE_SIZE + 2}`);
    expect(await countUnreadDialogForCitizen(w.anna)).toBe(0);
    const rest = await readDialog(w.anna, { before: newest!.olderCursor! });
    expect(rest?.messages.map((m) => m.body)).toEqual(["Hej Sofie, kan vi tale om mine timer?", "Ja, ring til mig i morgen.", "Tak!", "Hej nye konsulent", "Svar 0", "Svar 1", "Svar 2"]);
    expect(rest?.olderCursor).toBeNull();
    // A cursor from another thread starts at the newest page of her own.
    const foreign = await prisma.dialogMessage.create({ data: { threadId: (await prisma.dialogThread.create({ data: { citizenId: w.boProfile } })).id, fromCitizen: true, body: "Bo" } });
    expect((await readDialog(w.anna, { before: foreign.id }))?.isNewestPage).toBe(true);
  });

  it("is in the citizen's data export", async () => {
    const data = await exportOwnData(w.anna, new Date());
    expect(data?.dialog[0]).toMatchObject({ from: "citizen", body: "Hej Sofie, kan vi tale om mine timer?", aboutJob: `${p}-e job` });
    expect(data?.dialog).toHaveLength(DIALOG_PAGE_SIZE + 7);
    expect(JSON.stringify(data)).not.toContain('"Bo"');
  });
});
