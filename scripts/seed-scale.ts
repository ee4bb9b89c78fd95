// `npm run seed:scale -- --citizens 140000 --openings 5000`: national-scale data on top of the demo
// seed, for benchmarks and EXPLAIN (README "National scale"). Deterministic; set-based inserts
// (one INSERT … SELECT FROM unnest(…) per 5,000 rows) in one transaction, so a failure leaves
// nothing half-written. Running it a second time on the same database says so and stops.
import { parseArgs } from "node:util";
import { fakerDA } from "@faker-js/faker";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { demoPassword } from "@/lib/auth/demo-accounts";
import { SCALE_MUNICIPALITIES } from "@/tests/factories/scale/municipalities";
import { apportion, int, matchPath, pick, postalCodesByMunicipality, rng, scaleCitizen, scaleOpening } from "@/tests/factories/scale/generate";
import { insertRows, pgArray } from "./seed-scale-insert";
import { addPlacementFollowUps } from "./seed-scale-follow-ups";

export const BIG_CONSULTANT = "konsulent.stor@demo.refleks.dk";

const { values } = parseArgs({
  options: {
    citizens: { type: "string", default: "140000" },
    openings: { type: "string", default: "5000" },
    matches: { type: "string", default: "25000" },
    consultants: { type: "string", default: "300" },
    seed: { type: "string", default: "20261204" },
  },
});
const count = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${values[name]}`);
  return n;
};
const N = count("citizens");
const OPENINGS = count("openings");
const MATCHES = count("matches");
const CONSULTANTS = Math.max(count("consultants"), SCALE_MUNICIPALITIES.length);

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("seed:scale: set DATABASE_URL to the PostgreSQL database to fill (after npm run db:deploy && npm run db:seed).");
  process.exit(2);
}

const started = Date.now();
const t = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const demo = await client.query(`SELECT 1 FROM "User" WHERE email = 'konsulent@demo.refleks.dk'`);
  if (demo.rowCount === 0) {
    console.error("seed:scale: the demo seed is missing. Run npm run db:seed first (seed:scale adds to it).");
    process.exit(2);
  }
  const again = await client.query(`SELECT 1 FROM "User" WHERE email = $1`, [BIG_CONSULTANT]);
  if ((again.rowCount ?? 0) > 0) {
    // An older seed:scale made no follow-ups; add them once (idempotent), and nothing else.
    const followUps = await addPlacementFollowUps(client);
    console.log(`seed:scale: this database already has the national-scale data (${BIG_CONSULTANT} exists). ${followUps > 0 ? `Added ${followUps} follow-ups to its placements; nothing else.` : "Nothing was added."}`);
    console.log("To start over: npm run db:reset, then npm run seed:scale.");
    process.exit(0);
  }

  const r = rng(Number(values.seed));
  fakerDA.seed(Number(values.seed));
  const now = Date.now();
  const daysAgo = (d: number) => new Date(now - d * 86_400_000);
  const hash = await hashPassword(demoPassword);
  await client.query("BEGIN");

  // Municipalities: the demo's two already exist (kept as they are); the other 96 are added.
  await insertRows(
    client,
    "Municipality",
    { id: "text", code: "text", name: "text", region: "text" },
    SCALE_MUNICIPALITIES.map((m) => [`scale-m-${m.code}`, m.code, m.name, m.region]),
    `ON CONFLICT (code) DO NOTHING`,
  );
  const mRows = await client.query<{ id: string; code: string }>(`SELECT id, code FROM "Municipality"`);
  const municipalityId = new Map(mRows.rows.map((m) => [m.code, m.id]));
  const postal = postalCodesByMunicipality();

  // Consultants: at least one per municipality, the rest by size; the first in København is the big one.
  const consultantsOf = new Map<string, string[]>();
  const consultantRows: unknown[][] = [];
  for (const [code, n] of apportion(CONSULTANTS, 1)) {
    for (let i = 0; i < n; i++) {
      const id = `scale-u-k-${code}-${i}`;
      const email = code === "0101" && i === 0 ? BIG_CONSULTANT : `konsulent.${code}.${i}@demo.refleks.dk`;
      consultantRows.push([id, email, `${pick(r, ["Anne", "Mads", "Lone", "Henrik", "Sara", "Ali", "Birgit", "Jonas"])} ${pick(r, ["Storm", "Nielsen", "Bach", "Holm", "Kaur", "Lind"])}`, "CONSULTANT", hash, municipalityId.get(code), daysAgo(400), daysAgo(1)]);
      consultantsOf.set(code, [...(consultantsOf.get(code) ?? []), id]);
    }
  }
  const userCols = { id: "text", email: "text", name: "text", role: '"Role"', passwordHash: "text", municipalityId: "text", createdAt: "timestamp", updatedAt: "timestamp" } as const;
  await insertRows(client, "User", userCols, consultantRows);
  console.log(`${t()}  ${consultantRows.length} consultants in ${SCALE_MUNICIPALITIES.length} municipalities`);

  // Citizens, municipality by municipality, so each municipality's ids form one range (used for matches).
  const citizenRange = new Map<string, [number, number]>();
  const users: unknown[][] = [];
  const profiles: unknown[][] = [];
  const needs: unknown[][] = [];
  const experience: unknown[][] = [];
  let n = 0;
  const flush = async () => {
    await insertRows(client, "User", userCols, users.splice(0));
    await insertRows(
      client,
      "CitizenProfile",
      {
        id: "text", userId: "text", municipalityId: "text", consultantId: "text", alias: "text", headline: "text", skills: "text[]",
        wishOccupations: "text[]", wishIndustries: "text[]", openToNewField: "bool", hoursMin: "float8", hoursMax: "float8",
        availability: "text[]", postalCode: "text", maxCommuteKm: "int4", status: '"CitizenStatus"', flexGrantedAt: "timestamp",
        flexReviewDueAt: "timestamp", visibleToEmployers: "bool", onboardingStep: "int4", onboardingDoneAt: "timestamp", createdAt: "timestamp", updatedAt: "timestamp",
      },
      profiles.splice(0),
    );
    await insertRows(client, "AccommodationNeed", { id: "text", profileId: "text", code: "text", level: '"NeedLevel"' }, needs.splice(0));
    await insertRows(client, "ExperienceEntry", { id: "text", profileId: "text", title: "text", fromYear: "int4", toYear: "int4" }, experience.splice(0));
  };
  for (const [code, size] of apportion(N)) {
    const from = n;
    const codes = postal.get(code)!;
    for (let i = 0; i < size; i++, n++) {
      const c = scaleCitizen(r, n, code, codes);
      const id = `scale-c-${String(n).padStart(6, "0")}`;
      const created = daysAgo(c.createdDaysAgo);
      users.push([`scale-u-c-${n}`, `scale.borger${n}@demo.refleks.dk`, c.name, "CITIZEN", hash, null, created, created]);
      const alias = `${pick(r, ["Rolig", "Venlig", "Stabil", "Grundig", "Munter", "Flittig", "Loyal", "Kreativ"])} ${pick(r, ["Bøg", "Eg", "Lærk", "Hjort", "Ugle", "Odder", "Svane", "Birk"])} ${100 + n}`;
      const granted = daysAgo(c.grantedDaysAgo);
      profiles.push([
        id, `scale-u-c-${n}`, municipalityId.get(code), pick(r, consultantsOf.get(code)!), alias, `${c.experience.title[0]!.toUpperCase()}${c.experience.title.slice(1)} med erfaring`,
        pgArray(c.skills), pgArray([c.occupation]), pgArray([c.industry]), c.openToNewField, c.hoursMin, c.hoursMax, pgArray(c.availability),
        c.postalCode, c.maxCommuteKm, c.status, granted, new Date(granted.getTime() + 913 * 86_400_000), c.visible, 8, created, created, created,
      ]);
      c.needs.forEach((need, k) => needs.push([`scale-n-${n}-${k}`, id, need.code, need.level]));
      experience.push([`scale-x-${n}`, id, c.experience.title, c.experience.fromYear, c.experience.toYear]);
      if (users.length >= 10_000) await flush();
    }
    citizenRange.set(code, [from, n]);
  }
  await flush();
  console.log(`${t()}  ${n} citizens with needs and experience`);

  // Employers (one member each) with two openings apiece, spread like the citizens.
  const employers: unknown[][] = [];
  const members: unknown[][] = [];
  const memberUsers: unknown[][] = [];
  const openings: unknown[][] = [];
  const openingsOf: { id: string; code: string }[] = [];
  let e = 0;
  for (const [code, size] of apportion(Math.ceil(OPENINGS / 2), 1)) {
    const codes = postal.get(code)!;
    for (let i = 0; i < size && openingsOf.length < OPENINGS; i++, e++) {
      const id = `scale-e-${e}`;
      const name = `${fakerDA.company.name()} ${pick(r, ["ApS", "A/S", "I/S"])}`;
      employers.push([id, name, `6${String(e).padStart(7, "0")}`, pick(r, ["pleje", "detailhandel", "rengøring", "logistik", "offentlig administration"]), pick(r, codes), municipalityId.get(code), pick(r, consultantsOf.get(code)!), daysAgo(500), daysAgo(10)]);
      memberUsers.push([`scale-u-e-${e}`, `kontakt.scale${e}@virksomhed.demo.refleks.dk`, fakerDA.person.fullName(), "EMPLOYER", hash, null, daysAgo(500), daysAgo(10)]);
      members.push([`scale-em-${e}`, id, `scale-u-e-${e}`]);
      for (let k = 0; k < 2 && openingsOf.length < OPENINGS; k++) {
        const o = scaleOpening(r, codes);
        const oid = `scale-o-${e}-${k}`;
        const published = daysAgo(o.publishedDaysAgo);
        openings.push([oid, id, o.title, o.description, pgArray(o.tasks), pgArray(o.requiredSkills), pgArray(o.preferredSkills), o.occupation, o.industry, o.hoursMin, o.hoursMax, pgArray(o.schedule), pgArray(o.accommodations), o.postalCode, o.remote, o.positions, "OPEN", published, published, published]);
        openingsOf.push({ id: oid, code });
      }
    }
  }
  await insertRows(client, "User", userCols, memberUsers);
  await insertRows(client, "Employer", { id: "text", name: "text", cvr: "text", industry: "text", postalCode: "text", municipalityId: "text", consultantId: "text", createdAt: "timestamp", updatedAt: "timestamp" }, employers);
  await insertRows(client, "EmployerMember", { id: "text", employerId: "text", userId: "text" }, members);
  await insertRows(
    client,
    "JobOpening",
    {
      id: "text", employerId: "text", title: "text", description: "text", tasks: "text[]", requiredSkills: "text[]", preferredSkills: "text[]", occupation: "text", industry: "text",
      hoursMin: "float8", hoursMax: "float8", schedule: "text[]", accommodations: "text[]", postalCode: "text", remotePossible: "bool", positions: "int4", status: '"OpeningStatus"',
      publishedAt: "timestamp", createdAt: "timestamp", updatedAt: "timestamp",
    },
    openings,
  );
  console.log(`${t()}  ${employers.length} employers, ${openings.length} open openings`);

  // Matches between an opening and a citizen of the same municipality, in every status, with history.
  const matches: unknown[][] = [];
  const events: unknown[][] = [];
  const pairs = new Set<string>();
  for (let tries = 0; matches.length < MATCHES && tries < MATCHES * 3 && openingsOf.length > 0; tries++) {
    const o = pick(r, openingsOf);
    const [from, to] = citizenRange.get(o.code) ?? [0, 0];
    if (to <= from) continue;
    const citizenId = `scale-c-${String(int(r, from, to - 1)).padStart(6, "0")}`;
    if (pairs.has(`${o.id}|${citizenId}`)) continue;
    pairs.add(`${o.id}|${citizenId}`);
    const path = matchPath(r);
    const status = path[path.length - 1]!;
    const id = `scale-mt-${matches.length}`;
    const start = int(r, 20, 420);
    const at = (step: number) => daysAgo(start - step * 7);
    const decided = path.includes("APPROVED") || status === "REJECTED";
    const praktik = path.includes("PRAKTIK");
    const consultant = pick(r, consultantsOf.get(o.code)!);
    matches.push([
      id, o.id, citizenId, status, path[0] === "EMPLOYER_INTERESTED" ? "EMPLOYER" : "CONSULTANT", int(r, 45, 96), decided ? consultant : null,
      status === "REJECTED" ? "Passer ikke med timerne lige nu" : null, path.includes("CITIZEN_ACCEPTED") ? at(3) : null,
      praktik ? at(4) : null, praktik ? at(12) : null, praktik ? 6 : null, status === "HIRED" ? at(12) : null, status === "HIRED" ? 8 : null,
      status === "ENDED" ? at(10) : null, at(0), at(path.length),
    ]);
    path.forEach((to, k) => events.push([`${id}-ev${k}`, id, k === 0 ? null : path[k - 1], to, k === 0 ? null : consultant, at(k)]));
  }
  await insertRows(
    client,
    "Match",
    {
      id: "text", openingId: "text", citizenId: "text", status: '"MatchStatus"', origin: '"MatchOrigin"', score: "int4", decidedById: "text", decisionNote: "text", revealedAt: "timestamp",
      praktikStartAt: "timestamp", praktikEndAt: "timestamp", praktikHours: "float8", hiredAt: "timestamp", hiredHours: "float8", endedAt: "timestamp", createdAt: "timestamp", updatedAt: "timestamp",
    },
    matches,
  );
  await insertRows(client, "MatchEvent", { id: "text", matchId: "text", fromStatus: '"MatchStatus"', toStatus: '"MatchStatus"', actorId: "text", createdAt: "timestamp" }, events);
  console.log(`${t()}  ${matches.length} matches with ${events.length} events`);
  console.log(`${t()}  ${await addPlacementFollowUps(client)} follow-ups on the placements`);

  await client.query("COMMIT");
  await client.query("ANALYZE");
  console.log(`${t()}  done: ${n} citizens, ${openings.length} openings, ${matches.length} matches. Sign in as ${BIG_CONSULTANT} (password ${demoPassword}).`);
} catch (err) {
  await client.query("ROLLBACK").catch(() => undefined);
  throw err;
} finally {
  await client.end();
}
