import { logger } from "@/lib/runtime/logger";
import { isRecordIdOf } from "@/lib/auth/tokens";
import { canTransition } from "@/lib/validation/opening";
import { prisma } from "./client";
import { isUniqueViolation } from "./errors";
import type { Actor } from "./audit";
import { notifyCitizensOfNewOpening } from "./new-job-notifications";
import { allowOpeningPostalCode } from "./opening-postal-codes";
import type { OpeningStatus } from "./types";

const memberOf = (actor: Actor) => ({ members: { some: { userId: actor.id } } });

/** The employers (companies) the acting user is a member of. */
export function listOwnEmployers(actor: Actor) {
  if (actor.role !== "EMPLOYER") return Promise.resolve([]);
  return prisma.employer.findMany({
    where: memberOf(actor),
    select: { id: true, name: true, industry: true, postalCode: true },
    orderBy: { name: "asc" },
  });
}

/** Openings of the acting employer's companies, newest first. */
export function listOwnOpenings(actor: Actor) {
  if (actor.role !== "EMPLOYER") return Promise.resolve([]);
  return prisma.jobOpening.findMany({
    where: { employer: memberOf(actor) },
    select: {
      id: true,
      title: true,
      status: true,
      hoursMin: true,
      hoursMax: true,
      positions: true,
      postalCode: true,
      employer: { select: { name: true } },
      _count: { select: { matches: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}

/** One opening, only if it belongs to one of the acting employer's companies; otherwise null. */
export function getOwnOpening(actor: Actor, openingId: string) {
  if (actor.role !== "EMPLOYER") return Promise.resolve(null);
  return prisma.jobOpening.findFirst({ where: { id: openingId, employer: memberOf(actor) } });
}

// ——— Creating, editing and the lifecycle (draft → open → closed/filled → open again) ———

/** The fields an employer writes; the same shape as lib/validation/opening's OpeningInput. */
export type OpeningData = {
  title: string;
  description: string;
  tasks: string[];
  requiredSkills: string[];
  preferredSkills: string[];
  occupation: string | null;
  industry: string | null;
  hoursMin: number;
  hoursMax: number;
  schedule: string[];
  accommodations: string[];
  postalCode: string;
  remotePossible: boolean;
  positions: number;
};

const dataOf = (input: OpeningData) => ({
  title: input.title,
  description: input.description,
  tasks: input.tasks,
  requiredSkills: input.requiredSkills,
  preferredSkills: input.preferredSkills,
  occupation: input.occupation,
  industry: input.industry,
  hoursMin: input.hoursMin,
  hoursMax: input.hoursMax,
  schedule: input.schedule,
  accommodations: input.accommodations,
  postalCode: input.postalCode,
  remotePossible: input.remotePossible,
  positions: input.positions,
});

/** Rolls back a new opening whose postal code is over the company's allowance. */
class PostalLimit extends Error {
  constructor(readonly days: number) {
    super("postal code allowance spent");
  }
}

/**
 * A new opening as a private draft of one of the actor's companies. `id` may be chosen by the
 * caller (the form knows where to go after saving); an id already in use is "exists". Another
 * company's employerId is "not_found".
 */
export async function createOpening(
  actor: Actor,
  employerId: string,
  input: OpeningData,
  { id }: { id?: string } = {},
): Promise<{ id: string } | "not_found" | "exists" | { postalLimit: number }> {
  if (actor.role !== "EMPLOYER") return "not_found";
  const employer = await prisma.employer.findFirst({ where: { id: employerId, ...memberOf(actor) }, select: { id: true } });
  if (!employer) return "not_found";
  // Only an id the server made for this user (lib/auth/tokens.ts): another's id is refused without
  // looking it up. A clash can then only be this user's own double click.
  if (id && !isRecordIdOf(actor.id, id)) return "not_found";
  if (id && (await prisma.jobOpening.findUnique({ where: { id }, select: { id: true } }))) return "exists";
  try {
    // The insert comes first: of ten clicks at once, the others wait on its primary key and then
    // fail as "exists", so only the saved one counts against the postal-code allowance.
    return await prisma.$transaction(async (tx) => {
      const created = await tx.jobOpening.create({
        data: { ...(id ? { id } : {}), employerId: employer.id, status: "DRAFT", ...dataOf(input) },
        select: { id: true },
      });
      const allowance = await allowOpeningPostalCode(employer.id, input.postalCode, created.id);
      if (!allowance.ok) throw new PostalLimit(allowance.retryAfterDays);
      return created;
    });
  } catch (err) {
    if (err instanceof PostalLimit) return { postalLimit: err.days };
    if (id && isUniqueViolation(err)) return "exists";
    throw err;
  }
}

/**
 * Replaces the employer-written fields of an own opening (any status). "not_found" for another
 * company's; `{ postalLimit: days }` when a new postal code is over the company's weekly allowance.
 */
export async function updateOwnOpening(actor: Actor, openingId: string, input: OpeningData): Promise<"ok" | "not_found" | { postalLimit: number }> {
  if (actor.role !== "EMPLOYER") return "not_found";
  const where = { id: openingId, employer: memberOf(actor) };
  const current = await prisma.jobOpening.findFirst({ where, select: { employerId: true, postalCode: true } });
  if (!current) return "not_found";
  if (current.postalCode !== input.postalCode) {
    const allowance = await allowOpeningPostalCode(current.employerId, input.postalCode, openingId);
    if (!allowance.ok) return { postalLimit: allowance.retryAfterDays };
  }
  const { count } = await prisma.jobOpening.updateMany({ where, data: dataOf(input) });
  return count > 0 ? "ok" : "not_found";
}

const editableSelect = {
  title: true,
  description: true,
  tasks: true,
  requiredSkills: true,
  preferredSkills: true,
  occupation: true,
  industry: true,
  hoursMin: true,
  hoursMax: true,
  schedule: true,
  accommodations: true,
  postalCode: true,
  remotePossible: true,
  positions: true,
} as const;

/** Everything the opening page and the edit form show. Null for another company's id. */
export function getOwnOpeningForEditing(actor: Actor, openingId: string) {
  if (actor.role !== "EMPLOYER") return Promise.resolve(null);
  return prisma.jobOpening.findFirst({
    where: { id: openingId, employer: memberOf(actor) },
    select: {
      id: true,
      employerId: true,
      status: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      ...editableSelect,
      employer: { select: { name: true } },
      _count: { select: { matches: true } },
    },
  });
}

export type OwnOpening = NonNullable<Awaited<ReturnType<typeof getOwnOpeningForEditing>>>;

/**
 * Moves an own opening along its lifecycle (OPENING_TRANSITIONS). Publishing a draft stamps
 * publishedAt and tells well-fitting citizens; a failure to notify is logged, never undoes the
 * publishing. The update is conditional on the status read, so two people pressing buttons at
 * once cannot both win. Returns the new status, "not_found" (missing or another company's) or
 * "invalid_transition".
 */
export async function setOpeningStatus(
  actor: Actor,
  openingId: string,
  to: OpeningStatus,
  now: Date,
): Promise<OpeningStatus | "not_found" | "invalid_transition"> {
  if (actor.role !== "EMPLOYER") return "not_found";
  const where = { id: openingId, employer: memberOf(actor) };
  const current = await prisma.jobOpening.findFirst({ where, select: { status: true, publishedAt: true } });
  if (!current) return "not_found";
  if (!canTransition(current.status, to)) return "invalid_transition";
  const publishing = current.status === "DRAFT" && to === "OPEN";
  const { count } = await prisma.jobOpening.updateMany({
    where: { ...where, status: current.status },
    data: { status: to, ...(publishing ? { publishedAt: current.publishedAt ?? now } : {}) },
  });
  if (count === 0) return "invalid_transition";
  if (publishing) {
    try {
      await notifyCitizensOfNewOpening(openingId);
    } catch (err) {
      logger.error({ err, openingId }, "new-job notifications failed after publishing");
    }
  }
  return to;
}
