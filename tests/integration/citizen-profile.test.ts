import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { acceptInvitation, findOpenInvitation } from "@/lib/db/invitations";
import { addEducation, addExperience, getOwnProfileForEditing, removeEntry, saveProfileStep } from "@/lib/db/profile";
import { hashToken } from "@/lib/auth/tokens";
import { createCitizen, createConsultant, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

const p = uniquePrefix("prof");
const now = new Date("2026-11-23T10:00:00Z");
let municipalityId: string;
let consultantId: string;
let citizenA: { id: string; role: "CITIZEN" };
let citizenB: { id: string; role: "CITIZEN" };

async function invite(label: string, expiresAt = new Date(now.getTime() + 86_400_000), email = `${p}-${label}@test.dk`) {
  const token = `${p}-${label}-token-0123456789`;
  await prisma.invitation.create({ data: { email, name: `Inviteret ${label}`, tokenHash: hashToken(token), municipalityId, invitedById: consultantId, expiresAt } });
  return token;
}

beforeAll(async () => {
  const m = await createMunicipality(prisma, p);
  municipalityId = m.id;
  const consultant = await createConsultant(prisma, p, m.code);
  consultantId = consultant.id;
  const a = await createCitizen(prisma, `${p}a`, m.code, consultant.email);
  const b = await createCitizen(prisma, `${p}b`, m.code, consultant.email);
  citizenA = { id: a.user.id, role: "CITIZEN" };
  citizenB = { id: b.user.id, role: "CITIZEN" };
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("accepting an invitation", () => {
  it("creates one citizen with an empty profile in the inviting municipality, with the inviter as consultant", async () => {
    const token = await invite("new");
    expect((await findOpenInvitation(token, now)).state).toBe("open");
    const [first, second] = await Promise.all([acceptInvitation(token, "hash", now), acceptInvitation(token, "hash", now)]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const users = await prisma.user.findMany({ where: { email: `${p}-new@test.dk` }, include: { citizenProfile: true } });
    expect(users).toHaveLength(1);
    const profile = users[0]!.citizenProfile!;
    expect(users[0]!.role).toBe("CITIZEN");
    expect(profile.municipalityId).toBe(municipalityId);
    expect(profile.consultantId).toBe(consultantId);
    expect(profile.visibleToEmployers).toBe(false);
    expect(profile.alias).not.toContain("Inviteret");
    expect((await findOpenInvitation(token, now)).state).toBe("used");
  });

  it("refuses expired and unknown links and creates nothing", async () => {
    const token = await invite("old", new Date(now.getTime() - 1000));
    expect((await findOpenInvitation(token, now)).state).toBe("expired");
    expect(await acceptInvitation(token, "hash", now)).toEqual({ ok: false, reason: "invalid" });
    expect(await acceptInvitation("no-such-token-at-all", "hash", now)).toEqual({ ok: false, reason: "invalid" });
    expect(await prisma.user.count({ where: { email: `${p}-old@test.dk` } })).toBe(0);
  });

  it("does not take over an existing account with the same e-mail, and leaves the invitation open", async () => {
    const existing = await prisma.user.findUniqueOrThrow({ where: { id: citizenA.id } });
    const token = await invite("taken", undefined, existing.email);
    expect(await acceptInvitation(token, "other-hash", now)).toEqual({ ok: false, reason: "email_taken" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: citizenA.id } })).passwordHash).toBe(existing.passwordHash);
    expect((await findOpenInvitation(token, now)).state).toBe("open");
  });
});

describe("the profile wizard writes only the acting citizen's own profile", () => {
  it("saves a step and keeps the furthest step reached", async () => {
    await saveProfileStep(citizenA, { step: "hours", data: { hoursMin: 1.5, hoursMax: 4, availability: ["mon-morning"] } }, 5, null);
    await saveProfileStep(citizenA, { step: "about", data: { headline: "Kok", summary: "", status: "SEEKING" } }, 1, null);
    const a = await getOwnProfileForEditing(citizenA);
    expect(a).toMatchObject({ hoursMin: 1.5, hoursMax: 4, availability: ["mon-morning"], headline: "Kok", onboardingStep: 5, onboardingDoneAt: null });
    const b = await getOwnProfileForEditing(citizenB);
    expect(b?.headline).not.toBe("Kok");
  });

  it("replaces the needs as a whole and records when the wizard was finished", async () => {
    const needs = [{ code: "quiet_environment", level: "MUST" as const, note: "Larm giver hovedpine" }];
    await saveProfileStep(citizenA, { step: "needs", data: { needs } }, 6, null);
    await saveProfileStep(citizenA, { step: "visibility", data: { visibleToEmployers: true, summaryShareable: false, showEmployerNames: false } }, 8, now);
    const a = await getOwnProfileForEditing(citizenA);
    expect(a?.needs.map((n) => [n.code, n.level, n.note])).toEqual([["quiet_environment", "MUST", "Larm giver hovedpine"]]);
    expect(a?.onboardingDoneAt).toEqual(now);
  });

  it("cannot remove another citizen's experience or education by guessing its id", async () => {
    await addExperience(citizenB, { title: "Pedel", employerName: "", fromYear: null, toYear: null, description: "" });
    await addEducation(citizenB, { title: "Truckcertifikat", institution: "", year: 2019 });
    const b = await getOwnProfileForEditing(citizenB);
    const experienceId = b!.experience.at(-1)!.id;
    const educationId = b!.education.at(-1)!.id;
    expect(await removeEntry(citizenA, "experience", experienceId)).toBe(false);
    expect(await removeEntry(citizenA, "education", educationId)).toBe(false);
    expect(await prisma.experienceEntry.count({ where: { id: experienceId } })).toBe(1);
    expect(await removeEntry(citizenB, "experience", experienceId)).toBe(true);
    expect(await prisma.experienceEntry.count({ where: { id: experienceId } })).toBe(0);
  });

  it("gives other roles nothing to read or write", async () => {
    const consultant = { id: consultantId, role: "CONSULTANT" as const };
    expect(await getOwnProfileForEditing(consultant)).toBeNull();
    expect(await saveProfileStep(consultant, { step: "about", data: { headline: "x", summary: "", status: "SEEKING" } }, 1, null)).toBe(false);
    expect(await addExperience(consultant, { title: "x", employerName: "", fromYear: null, toYear: null, description: "" })).toBe(false);
  });
});

describe("two saves of the needs at once (two tabs, a double click)", () => {
  it("store exactly one of the submitted lists, never their union, and none fails", async () => {
    const codes = ["quiet_environment", "extra_breaks", "no_heavy_lifting", "seated_work", "flexible_start", "step_free_access"];
    // Twenty different lists, overlapping (overlaps gave duplicate-key 500s before).
    const lists = Array.from({ length: 20 }, (_, i) =>
      codes.filter((_, j) => (i >> j) % 2 === 1 || j === i % codes.length).map((code, k) => ({ code, level: (k + i) % 2 === 0 ? ("MUST" as const) : ("PREFER" as const), note: "" })),
    );
    const results = await Promise.all(lists.map((needs) => saveProfileStep(citizenB, { step: "needs", data: { needs } }, 6, null)));
    expect(results.every((r) => r === true)).toBe(true);
    const stored = (await prisma.accommodationNeed.findMany({ where: { profile: { userId: citizenB.id } } })).map((n) => `${n.code}:${n.level}`).sort();
    const submitted = lists.map((l) => l.map((n) => `${n.code}:${n.level}`).sort().join(","));
    expect(submitted).toContain(stored.join(","));
  });
});
