import pg from "pg";
import { databaseUrl } from "../db-url";

// Read-only look-ups for e2e tests that need to know who is behind an alias (to sign in as that
// citizen) or what must never appear on an employer's page. The app itself is never bypassed.
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl(process.env.E2E_DB ?? "refleks_e2e") });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Every citizen's identifying or private text: names, e-mails, phones, need notes, unshared summaries. */
export async function citizenSecrets(): Promise<string[]> {
  const users = await query<{ name: string; email: string; phone: string | null }>(`SELECT name, email, phone FROM "User" WHERE role = 'CITIZEN'`);
  const notes = await query<{ note: string }>(`SELECT note FROM "AccommodationNeed" WHERE note IS NOT NULL AND note <> ''`);
  const summaries = await query<{ summary: string }>(`SELECT summary FROM "CitizenProfile" WHERE "summaryShareable" = false AND length(summary) > 20`);
  return [...users.flatMap((u) => [u.name, u.email, ...(u.phone ? [u.phone] : [])]), ...notes.map((n) => n.note), ...summaries.map((s) => s.summary)];
}

/** Name, e-mail and phone of citizens who accepted contact with a company of this employer user. */
export async function revealedTo(employerEmail: string): Promise<string[]> {
  const rows = await query<{ name: string; email: string; phone: string | null }>(
    `SELECT DISTINCT u.name, u.email, u.phone FROM "Match" ma
       JOIN "CitizenProfile" p ON p.id = ma."citizenId" JOIN "User" u ON u.id = p."userId"
       JOIN "JobOpening" o ON o.id = ma."openingId" JOIN "EmployerMember" em ON em."employerId" = o."employerId"
       JOIN "User" eu ON eu.id = em."userId"
     WHERE ma."revealedAt" IS NOT NULL AND eu.email = $1`,
    [employerEmail],
  );
  return rows.flatMap((r) => [r.name, r.email, ...(r.phone ? [r.phone] : [])]);
}
