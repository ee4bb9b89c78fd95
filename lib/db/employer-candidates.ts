import { prisma } from "./client";
import { auditProfileReads, type Actor } from "./audit";
import { compileFor, employerFitAt, loadCards, loadPool, ownOpening, ownOpeningRow, PAGE_SIZE, rankedOrder, type EmployerCard } from "./employer-candidate-pool";
import { employerCompanyIds, pseudonymCompanyOf } from "./employer-scope";
import { profileIdFromRef } from "@/lib/privacy/pseudonyms";
import type { UnlockOption } from "@/lib/matching";
import type { EmployerFit } from "@/lib/privacy/employer-fit";

// The employer's view of candidates for one of their openings: the engine ranks every visible
// candidate in memory (the pool, patched from the change feed; the ranking is cached per opening
// and pool version), and cards and explanations are built only for the page shown (one query).
// Every card shown is audited.

export { PAGE_SIZE };
export { browseCandidatesForEmployer, type AreaOption, type BrowseFilters, type BrowseResult } from "./employer-candidate-browse";
/** How many of the closest ineligible candidates the "almost" section shows. */
export const ALMOST_SIZE = 5;

export type RankedCandidate = { card: EmployerCard; fit: EmployerFit };

export type EmployerUnlockAdvice = {
  /** The accommodation that would let most candidates in (null when none would). */
  accommodation: { code: string; unlocks: number } | null;
  /** Widening the hours, when that would let anyone in. */
  hours: { kind: "lower_min_hours" | "raise_max_hours"; from: number; to: number; unlocks: number }[];
};

export type OpeningCandidates = {
  opening: { id: string; title: string; status: string; accommodations: string[] };
  total: number;
  eligible: number;
  /** Eligible candidates with something in common with the opening: the list `items` pages through. */
  relevant: number;
  page: number;
  pages: number;
  items: RankedCandidate[];
  /** Eligible candidates with nothing in common ("meet the requirements, no relevant experience"), paged separately. */
  others: { page: number; pages: number; items: RankedCandidate[] };
  almost: RankedCandidate[];
  advice: EmployerUnlockAdvice;
};

/** One page of the positions [start, end) of the order: the page number clamped to what exists. */
function pageOf(page: number, start: number, end: number) {
  const pages = Math.max(1, Math.ceil((end - start) / PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const from = start + (current - 1) * PAGE_SIZE;
  return { page: current, pages, from, to: Math.min(from + PAGE_SIZE, end) };
}

function toAdvice(options: readonly UnlockOption[]): EmployerUnlockAdvice {
  const offer = options.find((o) => o.kind === "offer_accommodation" && o.unlocks > 0);
  return {
    accommodation: offer && offer.kind === "offer_accommodation" ? { code: offer.code, unlocks: offer.unlocks } : null,
    hours: options.flatMap((o) => (o.kind !== "offer_accommodation" && o.unlocks > 0 ? [{ kind: o.kind, from: o.from, to: o.to, unlocks: o.unlocks }] : [])),
  };
}

/**
 * Visible candidates ranked for one of the actor's openings, eligible first, one page of them
 * with cards and explanations, the closest ineligible ones with their blockers, and the unlock
 * advice. Null when the opening is not one of the actor's companies'.
 */
export async function rankCandidatesForOpeningForEmployer(
  actor: Actor,
  openingId: string,
  { page = 1, otherPage = 1 }: { page?: number; otherPage?: number } = {},
): Promise<OpeningCandidates | null> {
  if (actor.role !== "EMPLOYER") return null;
  const [opening, pool] = await Promise.all([ownOpeningRow(actor, openingId), loadPool()]);
  if (!opening) return null;
  const { compiled: o, order, eligible, relevant, advice } = rankedOrder(opening, pool);
  // The order is relevant eligible first, then the other eligible, then the ineligible ones.
  const main = pageOf(page, 0, relevant);
  const rest = pageOf(otherPage, relevant, eligible);
  const almostSlots = order.subarray(eligible, eligible + ALMOST_SIZE);
  const explain = (slots: Int32Array) => Array.from(slots, (slot) => employerFitAt(o, pool, slot, opening.status));
  const shown = explain(order.subarray(main.from, main.to));
  const other = explain(order.subarray(rest.from, rest.to));
  const close = explain(almostSlots);
  const cards = await loadCards([...shown, ...other, ...close].map((x) => x.id), pool, opening.employerId);
  const withCards = (list: { id: string; fit: EmployerFit }[]) =>
    list.flatMap(({ id, fit }) => {
      const card = cards.get(id);
      return card ? [{ card, fit }] : [];
    });
  const items = withCards(shown);
  const almost = withCards(close);
  // Audited by the internal ids of the cards shown (the cards carry the company's references).
  await auditProfileReads(actor, "candidate.list", [...shown, ...other, ...close].filter((x) => cards.has(x.id)).map((x) => x.id));
  return {
    opening: { id: opening.id, title: opening.title, status: opening.status, accommodations: opening.accommodations },
    total: pool.live.size,
    eligible,
    relevant,
    page: main.page,
    pages: main.pages,
    items,
    others: { page: rest.page, pages: rest.pages, items: withCards(other) },
    almost,
    advice: toAdvice(advice.options),
  };
}

/** The actor's OPEN openings (for choosing what to ask contact about, or what to rank for). */
export function listOpenOpeningsForEmployer(actor: Actor) {
  if (actor.role !== "EMPLOYER") return Promise.resolve([]);
  return prisma.jobOpening.findMany({
    where: { status: "OPEN", ...ownOpening(actor) },
    select: { id: true, title: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
}

export type CandidateDetail = { card: EmployerCard; fit: EmployerFit | null; opening: { id: string; title: string; status: string } | null };

/**
 * One visible candidate's card for an employer, by the reference one of the actor's companies
 * has for her (the card's id on every employer page), with the explanation for one of the actor's
 * openings when given. Invisible or unknown candidates, and references of other companies, give
 * null and are not audited; a found card is audited once ("candidate.view"). An opening that is
 * not the actor's is ignored.
 */
export async function getCandidateForEmployer(actor: Actor, candidateRef: string, openingId?: string): Promise<CandidateDetail | null> {
  if (actor.role !== "EMPLOYER") return null;
  const [pool, opening, companies] = await Promise.all([loadPool(), openingId ? ownOpeningRow(actor, openingId) : Promise.resolve(null), employerCompanyIds(actor)]);
  // One read of the actor's companies opens the reference and picks the page's pseudonyms.
  const profileId = profileIdFromRef(candidateRef, companies);
  const company = pseudonymCompanyOf(companies, opening?.employerId);
  if (!profileId || !company) return null;
  const slot = pool.live.slotOf(profileId);
  if (slot < 0) return null;
  // Explained before the next await, so no patch can move the slot in between.
  const fit = opening ? employerFitAt(compileFor(opening, pool), pool, slot, opening.status).fit : null;
  // loadCards checks visibility in the database again, so a stale pool cannot show a hidden card.
  const card = (await loadCards([profileId], pool, company)).get(profileId);
  if (!card) return null;
  await auditProfileReads(actor, "candidate.view", [profileId]);
  return { card, fit, opening: opening ? { id: opening.id, title: opening.title, status: opening.status } : null };
}
