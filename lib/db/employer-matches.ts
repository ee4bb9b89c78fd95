import { prisma } from "./client";
import { auditProfileReads, type Actor } from "./audit";
import { getRevealedIdentity } from "./citizen-matches";
import { companyAlias } from "@/lib/privacy/pseudonyms";
import { employerVisibleMatch, listMatchMessages } from "./match-messages";

// The employer's view of its company's contact requests and matches. The citizen appears by
// alias only; name, e-mail and phone come solely from getRevealedIdentity (which checks consent
// and audits the read), and only for matches where the citizen has accepted contact.

const matchSelect = {
  id: true,
  status: true,
  origin: true,
  contactRequest: true,
  revealedAt: true,
  createdAt: true,
  updatedAt: true,
  opening: { select: { id: true, title: true, employer: { select: { id: true, name: true } } } },
  // The alias and nothing else: no user, no profile fields. The id only for the audit row; it is
  // removed before anything is returned.
  citizen: { select: { id: true, alias: true } },
} as const;

/** The company's own alias for the citizen (lib/privacy/pseudonyms.ts); the profile id read for the audit is dropped. */
function asCompanySees<T extends { citizen: { id: string; alias: string }; opening: { employer: { id: string } } }>(match: T): Omit<T, "citizen"> & { citizen: { alias: string } } {
  return { ...match, citizen: { alias: companyAlias(match.opening.employer.id, match.citizen.id) } };
}

type Identity = Awaited<ReturnType<typeof getRevealedIdentity>>;

async function withIdentity<T extends { id: string; revealedAt: Date | null }>(actor: Actor, match: T): Promise<T & { identity: Identity }> {
  // Asked only when revealed, so unrevealed matches cause no identity lookup (and no audit).
  const identity = match.revealedAt ? await getRevealedIdentity(actor, match.id) : null;
  return { ...match, identity };
}

/** The acting employer's companies' requests and matches, newest first. */
export async function listOwnCompanyMatches(actor: Actor) {
  if (actor.role !== "EMPLOYER") return [];
  const matches = await prisma.match.findMany({
    where: employerVisibleMatch(actor),
    select: matchSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  // Alias and status of a citizen are still about her: every list view is audited, like cards.
  await auditProfileReads(actor, "match.list", matches.map((m) => m.citizen.id));
  return Promise.all(matches.map((m) => withIdentity(actor, asCompanySees(m))));
}

export type CompanyMatch = Awaited<ReturnType<typeof listOwnCompanyMatches>>[number];

/**
 * One match of the acting employer's company with its history (status changes and times; notes
 * may be the consultant's internal reasons, so they are left out) and its message thread; null
 * for another company's match or a match the employer may not know about yet.
 */
export async function getOwnCompanyMatch(actor: Actor, matchId: string) {
  if (actor.role !== "EMPLOYER") return null;
  const match = await prisma.match.findFirst({
    where: { id: matchId, ...employerVisibleMatch(actor) },
    select: {
      ...matchSelect,
      events: { select: { id: true, fromStatus: true, toStatus: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!match) return null;
  await auditProfileReads(actor, "match.view", [match.citizen.id]);
  const [withId, messages] = await Promise.all([withIdentity(actor, asCompanySees(match)), listMatchMessages(actor, matchId)]);
  // Events without a status change (a citizen's repeated interest) say nothing to the employer.
  const events = withId.events.filter((e) => e.fromStatus !== e.toStatus);
  return { ...withId, events, messages: messages ?? [] };
}

export type CompanyMatchDetail = NonNullable<Awaited<ReturnType<typeof getOwnCompanyMatch>>>;
