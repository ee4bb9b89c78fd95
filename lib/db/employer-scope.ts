import { prisma } from "./client";
import type { Actor } from "./audit";
import { profileIdFromRef } from "@/lib/privacy/pseudonyms";

// Which company's pseudonyms an employer sees (lib/privacy/pseudonyms.ts). Most employers belong
// to one company. For someone in several, a page about one opening uses that opening's company,
// and other pages the first company they joined, so colleagues see the same alias.

/** A person works for a few companies at most; references of more than this many are not opened. */
const MAX_COMPANIES = 50;

/** The companies the actor is a member of, the first joined first. */
export async function employerCompanyIds(actor: Actor): Promise<string[]> {
  if (actor.role !== "EMPLOYER") return [];
  const rows = await prisma.employerMember.findMany({
    where: { userId: actor.id },
    select: { employerId: true },
    orderBy: [{ createdAt: "asc" }, { employerId: "asc" }],
    take: MAX_COMPANIES,
  });
  return rows.map((r) => r.employerId);
}

/** The company whose pseudonyms a page shows: the opening's, or else the first of the actor's `companies`. */
export function pseudonymCompanyOf(companies: readonly string[], openingEmployerId?: string | null): string | null {
  return openingEmployerId ?? companies[0] ?? null;
}

/** pseudonymCompanyOf for a page that has not read the actor's companies (read only when there is no opening). */
export async function pseudonymCompany(actor: Actor, openingEmployerId?: string | null): Promise<string | null> {
  return pseudonymCompanyOf(openingEmployerId ? [] : await employerCompanyIds(actor), openingEmployerId);
}

/** The profile id behind a candidate reference from one of the actor's companies, or null. */
export async function resolveCandidateRef(actor: Actor, ref: string): Promise<string | null> {
  return profileIdFromRef(ref, await employerCompanyIds(actor));
}
