import { CITIZEN_INTEREST_NOTE } from "@/lib/db/match-event-notes";
import type { MatchOrigin, MatchStatus, Prisma } from "@/lib/db/types";
import { candidateRowSelect, openingRowSelect } from "@/lib/matches/adapter";
import { scoreSnapshot } from "@/lib/matches/snapshot";
import { hashToken } from "@/lib/auth/tokens";
import { DEMO_INVITATION_TOKEN } from "@/lib/auth/demo-accounts";
import type { Db } from "./types";

// Events, articles, an open invitation and a few matches, so every citizen page has real data.
// Dates are relative to `now` (passed in, never read here) so the demo's events stay upcoming.


const day = 86_400_000;
const at = (now: Date, days: number, hour: number) => {
  const d = new Date(now.getTime() + days * day);
  d.setUTCHours(hour - 1, 0, 0, 0); // Copenhagen winter time is UTC+1
  return d;
};

const events = [
  { id: "seed-event-1", m: "0157", title: "Fleksjob-café: mød andre i fleksjob", location: "Gentofte Jobcenter, Bernstorffsvej 161, 2920 Charlottenlund", days: 6, hour: 10, capacity: 20, description: "Kaffe og snak med andre i fleksjob. Vi taler om, hvordan man kommer godt i gang med få timer." },
  { id: "seed-event-2", m: "0157", title: "Workshop: skriv din profil", location: "Gentofte Hovedbibliotek, 2900 Hellerup", days: 13, hour: 13, capacity: 3, description: "En konsulent hjælper dig med at skrive din profil. Tag din telefon eller computer med." },
  // For companies: the employer's events page, and the e2e sign-up (tests/e2e/employer-inbox.spec.ts).
  { id: "seed-event-4", m: "0157", audience: "EMPLOYERS" as const, title: "Morgenmøde for virksomheder: fleksjob på få timer", location: "Gentofte Jobcenter, Bernstorffsvej 161, 2920 Charlottenlund", days: 8, hour: 8, capacity: 25, description: "Hør, hvordan andre virksomheder har skabt job på 2–10 timer om ugen, og hvad jobcentret kan hjælpe med." },
  { id: "seed-event-3", m: "0461", title: "Mød virksomheder med mini-fleksjob", location: "Jobcenter Odense, Ørbækvej 100, 5220 Odense SØ", days: 9, hour: 10, capacity: 30, description: "Børnehaver og værksteder fortæller om job på 2–10 timer om ugen." },
];

const articles = [
  { id: "seed-article-1", m: "0157", title: "Sådan kom Jens i job med 15 timer om ugen", summary: "Efter en blodprop troede Jens, at arbejdslivet var slut.", body: "Jens startede med 2 gange 2 timer om ugen og trappede langsomt op. I dag laver han struktureret administration 15 timer om ugen.\n\n»15 timer vejer lige så meget for mig som 37 for andre,« siger han." },
  { id: "seed-article-2", m: "0157", title: "Hvad er skånehensyn?", summary: "Skånehensyn er de hensyn, du har brug for på arbejdet.", body: "Skånehensyn kan være at undgå tunge løft, at have rolige omgivelser eller at kunne holde ekstra pauser. Du vælger selv, hvilke hensyn der er vigtige for dig. Virksomheder ser kun hensynene – aldrig din diagnose.", videoUrl: "https://video.example.org/refleks/hvad-er-skaanehensyn" },
  { id: "seed-article-4", m: "0157", audience: "EMPLOYERS" as const, title: "Sådan laver I et fleksjob på få timer", summary: "Tre trin fra en opgave, der mangler hænder, til et job.", body: "Kig efter opgaver, der bliver liggende: oprydning, pasning af planter, klargøring før åbning.\n\nTal med jobcentret om hensyn og timer. Mange starter med 2 gange 2 timer om ugen." },
  { id: "seed-article-3", m: "0461", title: "Video: 25 mini-fleksjob i børnehaver", summary: "Se, hvordan børnehaver i Odense har skabt job på 2–3 timer.", body: "Feje, male bænke, pumpe cykler og rense tagrender: små opgaver, der gør en stor forskel.", videoUrl: "https://video.example.org/refleks/mini-fleksjob-i-boernehaver" },
];

async function municipalityId(db: Db, code: string) {
  return (await db.municipality.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

async function upsertMatch(db: Db, id: string, citizenId: string, openingId: string, data: { status: MatchStatus; origin: MatchOrigin; contactRequest?: string }) {
  const [candidate, opening] = await Promise.all([
    db.citizenProfile.findUniqueOrThrow({ where: { id: citizenId }, select: candidateRowSelect }),
    db.jobOpening.findUniqueOrThrow({ where: { id: openingId }, select: openingRowSelect }),
  ]);
  const snapshot = scoreSnapshot(candidate, opening);
  const fields = { status: data.status, origin: data.origin, contactRequest: data.contactRequest ?? null, score: snapshot.score, scoreBreakdown: snapshot.breakdown as unknown as Prisma.InputJsonValue };
  await db.match.upsert({
    where: { id },
    // A citizen's interest carries the marker the app writes for it, so pages meet it as in real use.
    create: { id, citizenId, openingId, ...fields, events: { create: [{ toStatus: data.status, note: data.origin === "CITIZEN" ? CITIZEN_INTEREST_NOTE : "Demo" }] } },
    update: fields,
  });
}

export async function seedDemoContent(db: Db, now: Date): Promise<void> {
  const consultant = await db.user.findUniqueOrThrow({ where: { id: "seed-consultant-1" }, select: { id: true } });
  for (const e of events) {
    const fields = { municipalityId: await municipalityId(db, e.m), audience: "audience" in e ? e.audience : ("CITIZENS" as const), title: e.title, description: e.description, location: e.location, startsAt: at(now, e.days, e.hour), endsAt: at(now, e.days, e.hour + 2), capacity: e.capacity, publishedAt: at(now, -7, 9), createdById: consultant.id };
    await db.event.upsert({ where: { id: e.id }, create: { id: e.id, ...fields }, update: fields });
  }
  for (const a of articles) {
    const fields = { municipalityId: await municipalityId(db, a.m), audience: "audience" in a ? a.audience : ("CITIZENS" as const), title: a.title, summary: a.summary, body: a.body, videoUrl: a.videoUrl ?? null, publishedAt: at(now, -14, 9), createdById: consultant.id };
    await db.article.upsert({ where: { id: a.id }, create: { id: a.id, ...fields }, update: fields });
  }
  const invitation = { email: "ny.borger@demo.refleks.dk", name: "Nina Berg", municipalityId: await municipalityId(db, "0157"), invitedById: consultant.id, expiresAt: at(now, 30, 12) };
  await db.invitation.upsert({
    where: { tokenHash: hashToken(DEMO_INVITATION_TOKEN) },
    create: { tokenHash: hashToken(DEMO_INVITATION_TOKEN), ...invitation },
    update: {},
  });
  // The demo citizen has a contact request waiting for her answer, and one interest of her own.
  await upsertMatch(db, "seed-match-1", "seed-citizen-demo", "seed-opening-3-1", {
    status: "APPROVED", origin: "EMPLOYER", contactRequest: "Vi vil gerne invitere til en uforpligtende snak om jobbet i vores køkken.",
  });
  await upsertMatch(db, "seed-match-2", "seed-citizen-demo", "seed-opening-1-2", { status: "PROPOSED", origin: "CITIZEN" });
  await upsertMatch(db, "seed-match-3", "seed-citizen-story-1", "seed-opening-9-1", { status: "EMPLOYER_INTERESTED", origin: "EMPLOYER", contactRequest: "Vi har en stilling, der passer til kandidatens ønsker." });
  // Employers see candidates from every municipality: Billedfabrikken (Gentofte) asks for contact
  // with a video editor in Odense for its remote job. The match is Odense's to decide, and Gentofte's
  // job centre must not learn who she is (the route matrix, tests/e2e/route-matrix.spec.ts, checks).
  const remoteEditor = await db.citizenProfile.findFirstOrThrow({
    where: { municipality: { code: "0461" }, visibleToEmployers: true, skills: { has: "videoredigering" } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  await upsertMatch(db, "seed-match-4", remoteEditor.id, "seed-opening-6-1", {
    status: "EMPLOYER_INTERESTED", origin: "EMPLOYER", contactRequest: "Vi klipper meget på distancen og vil gerne høre, om kandidaten er interesseret.",
  });
  // Kolding's story: back to video production with few hours. Billedfabrikken's request is
  // approved and waits for his answer; his yes is what the company's inbox announces (the e2e).
  await upsertMatch(db, "seed-match-5", "seed-citizen-story-4", "seed-opening-6-1", {
    status: "APPROVED", origin: "EMPLOYER", contactRequest: "Vi søger en klipper til få timer om ugen og vil gerne tale med dig.",
  });
  await seedDemoCitizenActivity(db, now);
  await seedInvitationHistory(db, consultant.id, now);
}

/**
 * Gentofte's citizens came in by invitation, as in Refleks, so the results page's headline (the
 * share of invited citizens who made a profile) has real figures: each seeded citizen accepted an
 * invitation sent over the last ten months, and six invitations were never used.
 */
async function seedInvitationHistory(db: Db, consultantId: string, now: Date) {
  const municipality = await municipalityId(db, "0157");
  const citizens = await db.citizenProfile.findMany({ where: { municipalityId: municipality, id: { not: "seed-citizen-demo" } }, orderBy: { id: "asc" }, select: { userId: true, user: { select: { name: true, email: true } } } });
  const invited = [...citizens.map((c) => ({ key: c.userId, name: c.user.name, email: c.user.email, userId: c.userId })), ...["Ole Dahl", "Lise Holm", "Kim Friis", "Hanne Lund", "Per Bach", "Anne Vang"].map((name, i) => ({ key: `unused-${i}`, name, email: `ubrugt.${i + 1}@demo.refleks.dk`, userId: null }))];
  for (const [i, inv] of invited.entries()) {
    const sent = at(now, -20 - ((i * 23) % 280), 10);
    const fields = { email: inv.email, name: inv.name, municipalityId: municipality, invitedById: consultantId, userId: inv.userId, createdAt: sent, expiresAt: at(sent, 30, 10), acceptedAt: inv.userId ? at(sent, 2 + (i % 5), 19) : null };
    const tokenHash = hashToken(`seed-invitation-${inv.key}`);
    await db.invitation.upsert({ where: { tokenHash }, create: { tokenHash, ...fields }, update: {} });
  }
}

/** Notifications and profile views for the demo citizen, so "Beskeder" and "Mine data" show real rows. */
async function seedDemoCitizenActivity(db: Db, now: Date) {
  const citizen = await db.citizenProfile.findUniqueOrThrow({ where: { id: "seed-citizen-demo" }, select: { userId: true, consultantId: true } });
  const opening = await db.jobOpening.findUniqueOrThrow({ where: { id: "seed-opening-3-1" }, select: { title: true, employer: { select: { name: true, members: { select: { userId: true }, take: 1 } } } } });
  const data = { openingTitle: opening.title, employerName: opening.employer.name };
  const notifications = [
    { id: "seed-notification-1", type: "CONTACT_REQUEST" as const, data, matchId: "seed-match-1", createdAt: at(now, -1, 14) },
    { id: "seed-notification-2", type: "NEW_JOB" as const, data, openingId: "seed-opening-3-1", createdAt: at(now, -3, 9), readAt: at(now, -2, 8) },
  ];
  for (const { id, ...n } of notifications) {
    await db.notification.upsert({ where: { id }, create: { id, userId: citizen.userId, ...n }, update: {} });
  }
  const views = [
    { id: "seed-audit-1", actorId: citizen.consultantId, actorRole: "CONSULTANT" as const, action: "citizen.view", createdAt: at(now, -4, 10) },
    { id: "seed-audit-2", actorId: opening.employer.members[0]?.userId ?? null, actorRole: "EMPLOYER" as const, action: "candidate.view", createdAt: at(now, -2, 13) },
  ];
  for (const { id, ...v } of views) {
    await db.auditEvent.upsert({ where: { id }, create: { id, ...v, subjectType: "CitizenProfile", subjectId: "seed-citizen-demo" }, update: {} });
  }
}
