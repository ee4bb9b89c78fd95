import { prisma } from "./client";
import type { Actor } from "./audit";
import { ownOpening } from "./employer-candidate-pool";
import { isAccommodationCode } from "@/lib/matching";

export type OfferOutcome = "added" | "already" | "invalid_code" | "not_found";

/**
 * Adds one accommodation code to one of the actor's openings (the unlock advice's one click).
 * The condition "not offered yet" is part of the update, so two clicks at once add it once.
 * Another company's opening is not_found, exactly like a missing one.
 */
export async function offerAccommodation(actor: Actor, openingId: string, code: string): Promise<OfferOutcome> {
  if (actor.role !== "EMPLOYER") return "not_found";
  if (!isAccommodationCode(code)) return "invalid_code";
  const where = { id: openingId, ...ownOpening(actor) };
  const { count } = await prisma.jobOpening.updateMany({
    where: { ...where, NOT: { accommodations: { has: code } } },
    data: { accommodations: { push: code } },
  });
  if (count > 0) return "added";
  return (await prisma.jobOpening.count({ where })) > 0 ? "already" : "not_found";
}
