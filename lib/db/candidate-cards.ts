import { toCandidateCard, type CandidateCard } from "@/lib/privacy/candidate-card";
import { prisma } from "./client";
import type { Actor } from "./audit";

/** Exactly the columns the anonymized card may use: no user, no postal code, no notes. */
export const candidateCardSelect = {
  id: true,
  alias: true,
  headline: true,
  summary: true,
  summaryShareable: true,
  showEmployerNames: true,
  skills: true,
  wishOccupations: true,
  wishIndustries: true,
  openToNewField: true,
  hoursMin: true,
  hoursMax: true,
  availability: true,
  remotePreference: true,
  municipality: { select: { name: true } },
  experience: { select: { title: true, employerName: true, fromYear: true, toYear: true }, orderBy: { sortOrder: "asc" } },
  education: { select: { title: true, institution: true, year: true }, orderBy: { sortOrder: "asc" } },
  needs: { select: { code: true, level: true }, orderBy: { code: "asc" } },
} as const;

/** The citizen's own card exactly as an employer would get it ("what employers see"). */
export async function getOwnCandidateCard(actor: Actor): Promise<CandidateCard | null> {
  if (actor.role !== "CITIZEN") return null;
  const row = await prisma.citizenProfile.findUnique({ where: { userId: actor.id }, select: candidateCardSelect });
  return row ? toCandidateCard(row) : null;
}
