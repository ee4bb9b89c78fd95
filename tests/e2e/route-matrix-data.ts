import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { demoAccounts } from "../../lib/auth/demo-accounts";
import { query } from "./db";
import { account } from "./helpers";

// The route matrix's data (tests/e2e/route-matrix.spec.ts): who the six identities are, the ids of
// the seeded database that fill dynamic segments, each identity's other tenants' secrets, and how
// a secret is found in a body.

export const IDENTITIES = ["anonymous", "citizen", "employer", "otherEmployer", "consultant", "otherConsultant"] as const;
export type IdentityName = (typeof IDENTITIES)[number];
export type Role = "CITIZEN" | "EMPLOYER" | "CONSULTANT";
export type Identity = { name: IdentityName; role: Role | null; email: string | null };

// ---------------------------------------------------------------------------------------------
// The seeded database: who is who, and each identity's fixtures and other tenants' secrets.

async function one(sql: string, params: unknown[] = []): Promise<string | undefined> {
  return (await query<{ v: string }>(sql, params))[0]?.v;
}

export async function loadIdentities(): Promise<Record<IdentityName, Identity>> {
  const employer = account("EMPLOYER").email;
  const consultant = account("CONSULTANT").email;
  // A seeded member of another company in the same municipality as the demo employer's.
  const otherEmployer = await one(
    `SELECT u.email AS v FROM "User" u JOIN "EmployerMember" em ON em."userId" = u.id JOIN "Employer" e ON e.id = em."employerId"
     WHERE u.role = 'EMPLOYER' AND u."passwordHash" IS NOT NULL
       AND e."municipalityId" IN (SELECT e2."municipalityId" FROM "Employer" e2 JOIN "EmployerMember" m2 ON m2."employerId" = e2.id JOIN "User" u2 ON u2.id = m2."userId" WHERE u2.email = $1)
       AND e.id NOT IN (SELECT m3."employerId" FROM "EmployerMember" m3 JOIN "User" u3 ON u3.id = m3."userId" WHERE u3.email = $1)
     ORDER BY u.email LIMIT 1`,
    [employer],
  );
  // A seeded consultant of another municipality than the demo consultant's.
  const otherConsultant = await one(
    `SELECT u.email AS v FROM "User" u WHERE u.role = 'CONSULTANT' AND u."passwordHash" IS NOT NULL
       AND u."municipalityId" <> (SELECT "municipalityId" FROM "User" WHERE email = $1) ORDER BY u.email LIMIT 1`,
    [consultant],
  );
  if (!otherEmployer || !otherConsultant) throw new Error("the seed has no other company's employer or other municipality's consultant");
  return {
    anonymous: { name: "anonymous", role: null, email: null },
    citizen: { name: "citizen", role: "CITIZEN", email: account("CITIZEN").email },
    employer: { name: "employer", role: "EMPLOYER", email: employer },
    otherEmployer: { name: "otherEmployer", role: "EMPLOYER", email: otherEmployer },
    consultant: { name: "consultant", role: "CONSULTANT", email: consultant },
    otherConsultant: { name: "otherConsultant", role: "CONSULTANT", email: otherConsultant },
  };
}

// Oldest first, so rows the seed made are chosen over rows other tests make meanwhile.
export async function loadIds(who: Record<IdentityName, Identity>) {
  const companyOf = `(SELECT em."employerId" FROM "EmployerMember" em JOIN "User" u ON u.id = em."userId" WHERE u.email = $1 LIMIT 1)`;
  const municipalityOf = `(SELECT "municipalityId" FROM "User" WHERE email = $1)`;
  const citizenMunicipality = `(SELECT p."municipalityId" FROM "CitizenProfile" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1)`;
  const opening = (email: string, status: string) =>
    one(`SELECT id AS v FROM "JobOpening" WHERE "employerId" = ${companyOf} AND status = '${status}' ORDER BY "createdAt", id LIMIT 1`, [email]);
  const inMunicipality = (table: string, email: string) => one(`SELECT id AS v FROM "${table}" WHERE "municipalityId" = ${municipalityOf} ORDER BY "createdAt", id LIMIT 1`, [email]);
  // A match of the municipality's citizens: a finished placement if there is one (no other test
  // moves those on), for the queue's thread page (any status) also the oldest other.
  const match = (email: string, statuses: string) =>
    one(
      `SELECT ma.id AS v FROM "Match" ma JOIN "CitizenProfile" p ON p.id = ma."citizenId" WHERE p."municipalityId" = ${municipalityOf} AND ma.status::text = ANY($2)
       ORDER BY ma.status = 'ENDED' DESC, ma."createdAt", ma.id LIMIT 1`,
      [email, statuses.split(",")],
    );
  const ANY = "PROPOSED,EMPLOYER_INTERESTED,APPROVED,REJECTED,CITIZEN_ACCEPTED,CITIZEN_DECLINED,PRAKTIK,HIRED,ENDED";
  const companies = async (email: string) =>
    (await query<{ id: string }>(`SELECT id FROM "Employer" WHERE "municipalityId" = ${municipalityOf} ORDER BY "createdAt", id`, [email])).map((r) => r.id);
  const caseloadCitizen = (email: string, except: string) =>
    one(
      `SELECT p.id AS v FROM "CitizenProfile" p JOIN "User" u ON u.id = p."userId" WHERE p."municipalityId" = ${municipalityOf} AND p."consultantId" IS NOT NULL AND u.email <> $2
       ORDER BY p."createdAt", p.id LIMIT 1`,
      [email, except],
    );
  const firstCompany = async (email: string) =>
    (await one(`SELECT em."employerId" AS v FROM "EmployerMember" em JOIN "User" u ON u.id = em."userId" WHERE u.email = $1 ORDER BY em."createdAt", em."employerId" LIMIT 1`, [email])) ?? "";
  const citizen = who.citizen.email!;
  const [consultant, otherConsultant] = [who.consultant.email!, who.otherConsultant.email!];
  return {
    opening: {
      employer: await opening(who.employer.email!, "OPEN"),
      draft: await opening(who.employer.email!, "DRAFT"),
      otherEmployer: await opening(who.otherEmployer.email!, "OPEN"),
      closed: await one(
        `SELECT o.id AS v FROM "JobOpening" o WHERE o.status = 'CLOSED'
           AND NOT EXISTS (SELECT 1 FROM "Match" ma JOIN "CitizenProfile" p ON p.id = ma."citizenId" JOIN "User" u ON u.id = p."userId" WHERE ma."openingId" = o.id AND u.email = $1)
         ORDER BY o."createdAt", o.id LIMIT 1`,
        [citizen],
      ),
    },
    article: {
      mine: await one(`SELECT id AS v FROM "Article" WHERE "municipalityId" = ${citizenMunicipality} AND "publishedAt" IS NOT NULL ORDER BY "createdAt", id LIMIT 1`, [citizen]),
      otherMunicipality: await one(`SELECT id AS v FROM "Article" WHERE "municipalityId" <> ${citizenMunicipality} ORDER BY "createdAt", id LIMIT 1`, [citizen]),
      // Published for companies in the demo employer's municipality (also the other company's).
      employer: await one(
        `SELECT a.id AS v FROM "Article" a JOIN "Employer" e ON e."municipalityId" = a."municipalityId" WHERE e.id = ${companyOf} AND a.audience IN ('EMPLOYERS', 'ALL') AND a."publishedAt" IS NOT NULL ORDER BY a."createdAt", a.id LIMIT 1`,
        [who.employer.email!],
      ),
      consultant: await inMunicipality("Article", consultant),
      otherConsultant: await inMunicipality("Article", otherConsultant),
    },
    event: { consultant: await inMunicipality("Event", consultant), otherConsultant: await inMunicipality("Event", otherConsultant) },
    company: { consultant: await companies(consultant), otherConsultant: await companies(otherConsultant) },
    citizen: {
      // In a caseload, and not the demo citizen: the other projects sign her in and change her profile.
      consultant: await caseloadCitizen(consultant, citizen),
      otherConsultant: await caseloadCitizen(otherConsultant, citizen),
    },
    candidate: {
      // The company whose pseudonyms each employer sees on pages without an opening: the first joined.
      company: { employer: await firstCompany(who.employer.email!), otherEmployer: await firstCompany(who.otherEmployer.email!) },
      visible: await one(
        `SELECT p.id AS v FROM "CitizenProfile" p JOIN "User" u ON u.id = p."userId" WHERE p."visibleToEmployers" AND p.status = 'SEEKING' AND u.email <> $1 ORDER BY p."createdAt", p.id LIMIT 1`,
        [citizen],
      ),
      // Seeking, but hidden from employers by her own choice.
      hidden: await one(`SELECT id AS v FROM "CitizenProfile" WHERE NOT "visibleToEmployers" AND status = 'SEEKING' AND "consultantId" IS NOT NULL ORDER BY "createdAt", id LIMIT 1`),
    },
    match: {
      consultant: await match(consultant, "APPROVED,CITIZEN_ACCEPTED,PRAKTIK,HIRED,ENDED"),
      otherConsultant: await match(otherConsultant, "APPROVED,CITIZEN_ACCEPTED,PRAKTIK,HIRED,ENDED"),
      queue: { consultant: await match(consultant, ANY), otherConsultant: await match(otherConsultant, ANY) },
      otherEmployer: await one(
        `SELECT ma.id AS v FROM "Match" ma JOIN "JobOpening" o ON o.id = ma."openingId" WHERE o."employerId" = ${companyOf} AND ma.status = 'ENDED' ORDER BY ma."createdAt", ma.id LIMIT 1`,
        [who.otherEmployer.email!],
      ),
    },
  };
}

export type Secret = { text: string; what: string };

/**
 * What this identity must never see, read afresh from the database: other tenants' people,
 * companies and content. Employers see no citizen's identity unless that citizen said yes to
 * contact with their company.
 */
export async function secretsFor(who: Identity): Promise<Secret[]> {
  const citizens = await query<{ id: string; email: string; name: string; phone: string | null; municipalityId: string; note: string | null; summary: string | null }>(
    `SELECT p.id, u.email, u.name, u.phone, p."municipalityId",
       (SELECT string_agg(n.note, E'\\n') FROM "AccommodationNeed" n WHERE n."profileId" = p.id AND n.note <> '') AS note,
       CASE WHEN NOT p."summaryShareable" AND length(p.summary) > 20 THEN p.summary END AS summary
     FROM "CitizenProfile" p JOIN "User" u ON u.id = p."userId"`,
  );
  const companies = await query<{ id: string; name: string; municipalityId: string; members: string[] }>(
    `SELECT e.id, e.name, e."municipalityId", array_remove(array_agg(u.email), NULL) || array_remove(array_agg(u.name), NULL) AS members
     FROM "Employer" e LEFT JOIN "EmployerMember" em ON em."employerId" = e.id LEFT JOIN "User" u ON u.id = em."userId" GROUP BY e.id`,
  );
  const openings = await query<{ title: string; employerId: string; status: string }>(`SELECT title, "employerId", status FROM "JobOpening"`);
  const content = await query<{ title: string; municipalityId: string }>(`SELECT title, "municipalityId" FROM "Article" UNION ALL SELECT title, "municipalityId" FROM "Event"`);
  const me = who.email ? (await query<{ id: string; municipalityId: string | null }>(`SELECT id, "municipalityId" FROM "User" WHERE email = $1`, [who.email]))[0] : undefined;
  const myCompanies = new Set(companies.filter((c) => who.email && c.members.includes(who.email)).map((c) => c.id));
  const myCitizen = citizens.find((c) => c.email === who.email);
  const myMunicipality = me?.municipalityId ?? myCitizen?.municipalityId ?? null;

  const people = (list: typeof citizens): Secret[] =>
    list.flatMap((c) => [
      { text: c.name, what: `citizen ${c.id}'s name` },
      { text: c.email, what: `citizen ${c.id}'s e-mail` },
      ...(c.phone ? [{ text: c.phone, what: `citizen ${c.id}'s phone` }] : []),
      ...(c.note ? c.note.split("\n").map((text) => ({ text, what: `citizen ${c.id}'s note` })) : []),
      ...(c.summary ? [{ text: c.summary, what: `citizen ${c.id}'s private summary` }] : []),
    ]);
  const company = (list: typeof companies): Secret[] =>
    list.flatMap((c) => [
      { text: c.name, what: `company ${c.id}'s name` },
      ...c.members.map((text) => ({ text, what: `company ${c.id}'s member` })),
      // A title that is only a word of the public skill vocabulary ("Vinduespudser") is on every
      // opening form as a suggestion: it says nothing about the company.
      ...openings.filter((o) => o.employerId === c.id && !PUBLIC_VOCABULARY.has(o.title.toLowerCase())).map((o) => ({ text: o.title, what: `company ${c.id}'s opening` })),
    ]);
  const drafts = openings.filter((o) => o.status === "DRAFT" && !myCompanies.has(o.employerId)).map((o) => ({ text: o.title, what: "a draft opening" }));
  const otherContent = content.filter((c) => c.municipalityId !== myMunicipality).map((c) => ({ text: c.title, what: "another municipality's article or event" }));

  let secrets: Secret[];
  switch (who.name) {
    case "anonymous": {
      // The sign-in page lists the demo logins (DEMO_MODE=1), and an invitation greets its invitee.
      const shown = new Set<string>([...demoAccounts.flatMap((a) => [a.email, a.name])]);
      for (const i of await query<{ email: string; name: string }>(`SELECT email, name FROM "Invitation"`)) shown.add(i.email).add(i.name);
      secrets = [...people(citizens), ...drafts].filter((s) => !shown.has(s.text));
      break;
    }
    case "citizen":
      secrets = [...people(citizens.filter((c) => c !== myCitizen)), ...drafts, ...otherContent];
      break;
    case "employer":
    case "otherEmployer": {
      const revealed = new Set(
        (
          await query<{ citizenId: string }>(
            `SELECT ma."citizenId" FROM "Match" ma JOIN "JobOpening" o ON o.id = ma."openingId" WHERE ma."revealedAt" IS NOT NULL AND o."employerId" = ANY($1)`,
            [[...myCompanies]],
          )
        ).map((r) => r.citizenId),
      );
      // A citizen who shares her name with one revealed to the company cannot be told apart in text.
      const revealedNames = new Set(citizens.filter((c) => revealed.has(c.id)).map((c) => c.name));
      secrets = [...people(citizens.filter((c) => !revealed.has(c.id))), ...company(companies.filter((c) => !myCompanies.has(c.id)))].filter((s) => !revealedNames.has(s.text));
      break;
    }
    case "consultant":
    case "otherConsultant": {
      // A company elsewhere that is in contact with one of the municipality's citizens is the
      // consultant's business (the match waits in their queue).
      const linked = new Set(
        (await query<{ employerId: string }>(`SELECT o."employerId" FROM "Match" ma JOIN "JobOpening" o ON o.id = ma."openingId" WHERE ma."municipalityId" = $1`, [myMunicipality])).map((r) => r.employerId),
      );
      const elsewhere = companies.filter((c) => c.municipalityId !== myMunicipality && !linked.has(c.id));
      secrets = [...people(citizens.filter((c) => c.municipalityId !== myMunicipality)), ...company(elsewhere), ...otherContent];
      break;
    }
  }
  // Too short to say anything, or the same text as something this identity may see (a citizen
  // named like a consultant, two companies' openings with one title).
  const allowed = new Set<string>();
  if (who.role === "EMPLOYER") for (const o of openings.filter((o) => myCompanies.has(o.employerId))) allowed.add(o.title);
  if (who.role === "CONSULTANT")
    for (const c of companies.filter((c) => c.municipalityId === myMunicipality)) for (const t of [c.name, ...c.members, ...openings.filter((o) => o.employerId === c.id).map((o) => o.title)]) allowed.add(t);
  const staff = await query<{ name: string }>(`SELECT name FROM "User" WHERE role <> 'CITIZEN'`);
  for (const s of staff) if (who.role && who.role !== "EMPLOYER") allowed.add(s.name);
  // The interface's own words are no one's data (a hint's example happens to be a seeded title).
  return secrets.filter((s) => s.text.trim().length >= 5 && !allowed.has(s.text) && !occurs(uiText, s.text));
}

/** Every text of the interface (messages/), in all languages. */
const uiText = (function texts(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? texts(path.join(dir, e.name)) : e.name.endsWith(".json") ? readFileSync(path.join(dir, e.name), "utf8") : ""))
    .join("\n");
})(path.resolve("messages"));

// A hit counts only at word edges: "Stig Munk" is not in "Stig Munkholm", "borger@demo.refleks.dk" not in "ny.borger@demo.refleks.dk".
const BEFORE = /[\p{L}\p{N}._%+-]/u;
const AFTER = /[\p{L}\p{N}]/u;

function occurs(body: string, text: string): boolean {
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
    if (!BEFORE.test(body[at - 1] ?? " ") && !AFTER.test(body[at + text.length] ?? " ")) return true;
  }
  return false;
}

/** The text as a reader sees it: HTML entities decoded, and the escaped line breaks of React's payload as spaces. */
const decode = (html: string) =>
  html
    .replace(/\\+[nrt]/g, " ")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The skill taxonomy's labels, which every opening form suggests, lower-cased (read as data: no engine in the test runner). */
const PUBLIC_VOCABULARY = new Set(
  (JSON.parse(readFileSync(path.join(import.meta.dirname, "../../lib/matching/data/skill-taxonomy.json"), "utf8")) as { groups: { da: string; en: string }[] }).groups.flatMap((g) => [g.da.toLowerCase(), g.en.toLowerCase()]),
);

export function leaks(body: string, secrets: Secret[]): Secret[] {
  const text = decode(body);
  return secrets.filter((s) => occurs(body, s.text) || occurs(text, s.text));
}
