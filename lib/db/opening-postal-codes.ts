import { prisma } from "./client";
import { postgresLimiter } from "./rate-limits";

// How often a company may put its openings at a postal code it does not use yet. Every opening
// shows the distance band to the candidates near it, so openings at chosen postal codes could
// triangulate where a candidate lives; a few new codes a week is plenty for a real company and
// too few for that (docs/privacy.md). Re-using a code the company already has is free: it tells
// nothing new.
export const NEW_POSTAL_CODES_PER_WEEK = 5;
const WEEK = 7 * 24 * 60 * 60;

const newCodes = postgresLimiter({ keyPrefix: "opening-postal", points: NEW_POSTAL_CODES_PER_WEEK, duration: WEEK });

export type PostalCodeAllowance = { ok: true } | { ok: false; retryAfterDays: number };

/**
 * Counts `postalCode` against the company's weekly allowance unless the company already uses it
 * (its address, or an opening other than `exceptOpeningId`). Refused once the allowance is spent.
 */
export async function allowOpeningPostalCode(employerId: string, postalCode: string, exceptOpeningId?: string): Promise<PostalCodeAllowance> {
  const used = await prisma.employer.count({
    where: {
      id: employerId,
      OR: [{ postalCode }, { openings: { some: { postalCode, ...(exceptOpeningId ? { id: { not: exceptOpeningId } } : {}) } } }],
    },
  });
  if (used > 0) return { ok: true };
  const res = await newCodes.penalty(employerId, 1);
  if (res.consumedPoints <= NEW_POSTAL_CODES_PER_WEEK) return { ok: true };
  // Given back, so that refused attempts do not push the window on.
  await newCodes.reward(employerId, 1);
  return { ok: false, retryAfterDays: Math.max(1, Math.ceil(res.msBeforeNext / 86_400_000)) };
}
