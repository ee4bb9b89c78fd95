import { prisma } from "./client";
import { isUniqueViolation } from "./errors";
import { isRecordIdOf } from "@/lib/auth/tokens";
import { auditProfileReads, type Actor } from "./audit";
import type { Prisma } from "./types";
import type { ArticleInput, EventInput } from "@/lib/validation/content";

// Events and articles a consultant runs for their municipality. Every query carries the
// municipality in its `where`, so another municipality's id is simply not found. The citizen
// side reads the same rows through lib/db/events.ts and lib/db/articles.ts.

type ConsultantActor = Actor & { municipalityId: string | null };

function municipalityOf(actor: ConsultantActor): string | null {
  return actor.role === "CONSULTANT" && actor.municipalityId ? actor.municipalityId : null;
}

const eventSelect = {
  id: true,
  title: true,
  description: true,
  location: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  audience: true,
  publishedAt: true,
  _count: { select: { signups: true } },
} as const;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;
const withCount = ({ _count, ...e }: EventRow) => ({ ...e, signupCount: _count.signups });
export type ConsultantEvent = ReturnType<typeof withCount>;

/** All the municipality's events, published or not, soonest first. */
export async function listEventsForConsultant(actor: ConsultantActor): Promise<ConsultantEvent[]> {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return [];
  const rows = await prisma.event.findMany({ where: { municipalityId }, select: eventSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }] });
  return rows.map(withCount);
}

export async function getEventForConsultant(actor: ConsultantActor, id: string): Promise<ConsultantEvent | null> {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return null;
  const row = await prisma.event.findFirst({ where: { id, municipalityId }, select: eventSelect });
  return row ? withCount(row) : null;
}

/**
 * Who signed up, first come first: citizens, and companies' members with their company in the
 * municipality; null when the event is not the actor's. Audited for the citizens among them.
 */
export async function listEventSignups(actor: ConsultantActor, eventId: string) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return null;
  const event = await prisma.event.findFirst({
    where: { id: eventId, municipalityId },
    select: {
      signups: {
        select: {
          id: true,
          createdAt: true,
          user: {
            select: {
              name: true,
              email: true,
              role: true,
              citizenProfile: { select: { id: true } },
              employerMembers: { where: { employer: { municipalityId } }, select: { employer: { select: { name: true } } }, orderBy: { createdAt: "asc" }, take: 1 },
            },
          },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!event) return null;
  const profileIds = event.signups.flatMap((s) => (s.user.citizenProfile ? [s.user.citizenProfile.id] : []));
  await auditProfileReads(actor, "event.signups", profileIds);
  return event.signups.map((s) => ({
    id: s.id,
    signedUpAt: s.createdAt,
    name: s.user.name,
    email: s.user.email,
    role: s.user.role,
    companyName: s.user.employerMembers[0]?.employer.name ?? null,
  }));
}

/** Creates a draft event with the id the form chose; "exists" when that id is taken. */
export async function createEvent(actor: ConsultantActor, id: string, input: EventInput): Promise<"ok" | "exists" | "not_found"> {
  const municipalityId = municipalityOf(actor);
  // Only an id the server made for this consultant (lib/auth/tokens.ts); see createOpening.
  if (!municipalityId || !isRecordIdOf(actor.id, id)) return "not_found";
  try {
    await prisma.event.create({ data: { id, municipalityId, createdById: actor.id, ...input } });
    return "ok";
  } catch (e) {
    if (isUniqueViolation(e)) return "exists";
    throw e;
  }
}

export type UpdateEventResult = "ok" | "not_found" | "below_signups";

/**
 * Saves an event. The row is locked first, as sign-ups do (lib/db/events.ts), so a sign-up cannot
 * slip in between counting the sign-ups and lowering the capacity below them.
 */
export async function updateEvent(actor: ConsultantActor, id: string, input: EventInput): Promise<UpdateEventResult> {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return "not_found";
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Event" WHERE "id" = ${id} AND "municipalityId" = ${municipalityId} FOR UPDATE`;
    if (locked.length === 0) return "not_found";
    const taken = await tx.eventSignup.count({ where: { eventId: id } });
    if (input.capacity < taken) return "below_signups";
    await tx.event.updateMany({ where: { id, municipalityId }, data: input });
    return "ok";
  });
}

/** Publishes (keeping the first publication time) or takes back to draft; false when not found. */
export async function setEventPublished(actor: ConsultantActor, id: string, publish: boolean, now: Date): Promise<boolean> {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return false;
  const event = await prisma.event.findFirst({ where: { id, municipalityId }, select: { publishedAt: true } });
  if (!event) return false;
  const publishedAt = publish ? (event.publishedAt ?? now) : null;
  const { count } = await prisma.event.updateMany({ where: { id, municipalityId }, data: { publishedAt } });
  return count > 0;
}

const articleSelect = { id: true, title: true, summary: true, body: true, videoUrl: true, audience: true, publishedAt: true, updatedAt: true } as const;

/** All the municipality's articles, drafts first, then newest published. */
export function listArticlesForConsultant(actor: ConsultantActor) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return Promise.resolve([]);
  return prisma.article.findMany({
    where: { municipalityId },
    select: articleSelect,
    orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }, { id: "asc" }],
  });
}

export function getArticleForConsultant(actor: ConsultantActor, id: string) {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return Promise.resolve(null);
  return prisma.article.findFirst({ where: { id, municipalityId }, select: articleSelect });
}

export async function createArticle(actor: ConsultantActor, id: string, input: ArticleInput): Promise<"ok" | "exists" | "not_found"> {
  const municipalityId = municipalityOf(actor);
  // Only an id the server made for this consultant (lib/auth/tokens.ts); see createOpening.
  if (!municipalityId || !isRecordIdOf(actor.id, id)) return "not_found";
  try {
    await prisma.article.create({ data: { id, municipalityId, createdById: actor.id, ...input } });
    return "ok";
  } catch (e) {
    if (isUniqueViolation(e)) return "exists";
    throw e;
  }
}

export async function updateArticle(actor: ConsultantActor, id: string, input: ArticleInput): Promise<boolean> {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return false;
  const { count } = await prisma.article.updateMany({ where: { id, municipalityId }, data: input });
  return count > 0;
}

export async function setArticlePublished(actor: ConsultantActor, id: string, publish: boolean, now: Date): Promise<boolean> {
  const municipalityId = municipalityOf(actor);
  if (!municipalityId) return false;
  const article = await prisma.article.findFirst({ where: { id, municipalityId }, select: { publishedAt: true } });
  if (!article) return false;
  const publishedAt = publish ? (article.publishedAt ?? now) : null;
  const { count } = await prisma.article.updateMany({ where: { id, municipalityId }, data: { publishedAt } });
  return count > 0;
}
