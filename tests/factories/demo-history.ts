import { demoEmployerUser } from "./demo-people";
import { storyEmployers } from "./story-employers";
import type { CitizenSeed, Db } from "./types";

// A year of history for the results dashboard, so the demo shows a real curve: profiles created
// over the last 14 months, logins spread like Refleks reports, and placements (approved match →
// praktik → hire, a few ended and re-hired) that bring Gentofte's flex-job unemployment from
// about 21 % to about 10 %. Gentofte has more placed citizens than the demo's job seekers, so the
// history adds "alumni": earlier citizens now in a job, invisible to employers, in no caseload,
// without a password. Deterministic (no randomness) and relative to `now`; fixed ids and upserts.
// Never touches the demo citizen, the story citizens' matches or seed-citizen-7 (e2e uses them).

const DAY = 86_400_000;
const ALUMNI = 55;
const GENTOFTE = "0157";
const START_SHARE = 21;
const END_SHARE = 10;
const firstNames = ["Anne", "Bo", "Camilla", "Dorthe", "Erik", "Frida", "Gitte", "Hans", "Ida", "Jonas", "Karin", "Lone", "Mads"];
const lastNames = ["Andersen", "Berg", "Christensen", "Dahl", "Eriksen", "Frost", "Holm", "Juhl", "Krog", "Lind", "Mørk"];

type Person = { citizenId: string; createdAt: Date; hireable: boolean; freeFrom: Date };
export type HistoryMatch = { id: string; citizenId: string; openingId: string; approvedAt: Date; praktikStartAt: Date; praktikEndAt: Date; hiredAt: Date; endedAt: Date | null };
export type HistoryPlan = {
  alumni: { index: number; createdAt: Date; placedAtEnd: boolean }[];
  createdAt: Map<string, Date>;
  logins: Map<string, Date | null>;
  matches: HistoryMatch[];
};

const monthsAgo = (now: Date, months: number, day = 15) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day, 10));
const monthEnd = (now: Date, months: number) => new Date(Math.min(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 1) - 1, now.getTime()));
const alumniId = (i: number) => `seed-citizen-alumni-${i}`;

/**
 * The user whose last login the seed writes last but for the history's matches: once it is set,
 * every user, profile and demo content is in place (scripts/embedded.ts checks a seed made before
 * it recorded its completion this way).
 */
export const DEMO_SEED_LAST_LOGIN_USER_ID = `seed-user-citizen-alumni-${ALUMNI}`;

/** Login spread like Refleks' figures: 19 % the last day, 45 % the last week, 76 % two weeks. */
function lastLogin(now: Date, i: number): Date {
  const bucket = (i * 37) % 100;
  const daysBack = bucket < 19 ? 0.3 : bucket < 45 ? 3 : bucket < 76 ? 10 : 20 + (i % 40);
  return new Date(now.getTime() - daysBack * DAY - (i % 5) * 3_600_000);
}

/** The whole history as data (pure, so it can be checked without a database). */
export function planDemoHistory(now: Date, citizens: CitizenSeed[]): HistoryPlan {
  const openings = storyEmployers()
    .filter((e) => e.municipalityCode === GENTOFTE && !e.members.some((m) => m.id === demoEmployerUser.id))
    .flatMap((e) => e.openings.map((o) => o.id));
  const createdAt = new Map<string, Date>();
  const people: Person[] = [];
  citizens.forEach((c, i) => {
    if (c.id === "seed-citizen-demo") return;
    const story = c.id.startsWith("seed-citizen-story");
    const created = story ? monthsAgo(now, 1 + (i % 6), 3 + i) : monthsAgo(now, 3 + (i % 12), 1 + (i % 27));
    createdAt.set(c.id, created);
    if (c.municipalityCode === GENTOFTE) {
      const hireable = !story && c.id !== "seed-citizen-7";
      people.push({ citizenId: c.id, createdAt: created, hireable, freeFrom: new Date(created.getTime() + 80 * DAY) });
    }
  });
  const alumni = Array.from({ length: ALUMNI }, (_, k) => ({ index: k + 1, createdAt: monthsAgo(now, 15 + (k % 10), 1 + (k % 27)), placedAtEnd: true }));
  for (const a of alumni) people.push({ citizenId: alumniId(a.index), createdAt: a.createdAt, hireable: true, freeFrom: new Date(a.createdAt.getTime() + 80 * DAY) });

  const matches: HistoryMatch[] = [];
  let opening = 0;
  const hire = (p: Person, hiredAt: Date, endedAt: Date | null = null) => {
    const id = `seed-history-match-${matches.length + 1}`;
    // A re-hire goes to another opening: one match per citizen and opening.
    while (matches.some((m) => m.citizenId === p.citizenId && m.openingId === openings[opening % openings.length])) opening++;
    const praktikStartAt = new Date(hiredAt.getTime() - 42 * DAY);
    matches.push({ id, citizenId: p.citizenId, openingId: openings[opening++ % openings.length]!, approvedAt: new Date(praktikStartAt.getTime() - 21 * DAY), praktikStartAt, praktikEndAt: new Date(hiredAt.getTime() - DAY), hiredAt, endedAt });
    // Two jobs with the same opening are not possible; after a job ends the citizen may be re-hired elsewhere.
    p.freeFrom = endedAt ? new Date(endedAt.getTime() + 60 * DAY) : new Date(8.64e15);
  };
  const placedAt = (at: Date) => new Set(matches.filter((m) => m.hiredAt <= at && (!m.endedAt || m.endedAt > at)).map((m) => m.citizenId)).size;
  // Before the window: most alumni were hired 13–20 months ago; every fifth one's job ended during the year.
  const before = Math.round(ALUMNI * 0.85);
  alumni.slice(0, before).forEach((a, k) => {
    const p = people.find((x) => x.citizenId === alumniId(a.index))!;
    hire(p, new Date(Math.max(monthsAgo(now, 13 + (k % 8), 5 + (k % 20)).getTime(), p.freeFrom.getTime())), k % 5 === 0 ? monthsAgo(now, 10 - (k % 8), 20) : null);
  });
  // In the window: each month, hire just enough (oldest profiles first) to follow the falling target.
  for (let back = 11; back >= 0; back--) {
    const end = monthEnd(now, back);
    const present = people.filter((p) => p.createdAt <= end).length;
    const target = START_SHARE - ((START_SHARE - END_SHARE) * (11 - back)) / 11;
    let missing = present - Math.round((present * target) / 100) - placedAt(end);
    for (const p of people) {
      if (missing <= 0) break;
      const day = new Date(Math.min(monthsAgo(now, back, 4 + ((matches.length * 7) % 22)).getTime(), end.getTime() - DAY));
      if (p.hireable && p.freeFrom <= day) {
        hire(p, day);
        missing--;
      }
    }
  }
  const logins = new Map<string, Date | null>();
  citizens.forEach((c, i) => c.id !== "seed-citizen-demo" && logins.set(c.user.id, lastLogin(now, i)));
  for (const a of alumni) {
    logins.set(`seed-user-citizen-alumni-${a.index}`, lastLogin(now, a.index + 7));
    a.placedAtEnd = matches.some((m) => m.citizenId === alumniId(a.index) && !m.endedAt);
  }
  return { alumni, createdAt, logins, matches };
}

/** Writes the plan (idempotent: fixed ids, upserts). Run after the citizens and employers exist. */
export async function seedDemoHistory(db: Db, now: Date, citizens: CitizenSeed[]): Promise<void> {
  const plan = planDemoHistory(now, citizens);
  const gentofte = await db.municipality.findUniqueOrThrow({ where: { code: GENTOFTE }, select: { id: true } });
  for (const a of plan.alumni) {
    const name = `${firstNames[a.index % firstNames.length]} ${lastNames[(a.index * 3) % lastNames.length]}`;
    const userId = `seed-user-citizen-alumni-${a.index}`;
    const user = { email: `tidligere${a.index}@demo.refleks.dk`, name, role: "CITIZEN" as const };
    await db.user.upsert({ where: { id: userId }, create: { id: userId, ...user }, update: user });
    const profile = {
      municipalityId: gentofte.id, alias: `Tidligere Deltager ${100 + a.index}`, headline: "I fleksjob", skills: ["samarbejde"], openToNewField: true,
      hoursMin: 5, hoursMax: 15, postalCode: "2900", status: a.placedAtEnd ? ("PLACED" as const) : ("SEEKING" as const),
      visibleToEmployers: false, onboardingDoneAt: a.createdAt, createdAt: a.createdAt,
    };
    await db.citizenProfile.upsert({ where: { id: alumniId(a.index) }, create: { id: alumniId(a.index), userId, ...profile }, update: profile });
  }
  for (const [id, createdAt] of plan.createdAt) await db.citizenProfile.update({ where: { id }, data: { createdAt } });
  for (const [id, lastLoginAt] of plan.logins) await db.user.update({ where: { id }, data: { lastLoginAt } });
  for (const { id, approvedAt, ...m } of plan.matches) {
    const fields = { ...m, status: m.endedAt ? ("ENDED" as const) : ("HIRED" as const), origin: "CONSULTANT" as const, hiredHours: 10, praktikHours: 6, createdAt: new Date(approvedAt.getTime() - 7 * DAY), revealedAt: approvedAt };
    // A match someone made by hand in a used dev database takes precedence over the history.
    const taken = await db.match.findUnique({ where: { openingId_citizenId: { openingId: m.openingId, citizenId: m.citizenId } }, select: { id: true } });
    if (taken && taken.id !== id) continue;
    await db.match.upsert({ where: { id }, create: { id, ...fields }, update: fields });
    const steps = [
      { toStatus: "APPROVED" as const, fromStatus: "PROPOSED" as const, createdAt: approvedAt },
      { toStatus: "PRAKTIK" as const, fromStatus: "APPROVED" as const, createdAt: m.praktikStartAt },
      { toStatus: "HIRED" as const, fromStatus: "PRAKTIK" as const, createdAt: m.hiredAt },
      ...(m.endedAt ? [{ toStatus: "ENDED" as const, fromStatus: "HIRED" as const, createdAt: m.endedAt }] : []),
    ];
    for (const [n, step] of steps.entries()) {
      const eventId = `${id}-event-${n + 1}`;
      await db.matchEvent.upsert({ where: { id: eventId }, create: { id: eventId, matchId: id, note: "Demo", ...step }, update: step });
    }
  }
}
