import { toCandidateCard, type CandidateCard } from "@/lib/privacy/candidate-card";
import { prisma } from "./client";
import type { Actor } from "./audit";
import { freshPools } from "./pools";

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

/**
 * The citizen's own card exactly as an employer would get it ("what employers see"), with the
 * k-anonymous area employers are shown: from the candidate pool when her card is visible, or the
 * label she would get if she showed it. `area` is "" for the whole country, as on employer pages.
 */
export async function getOwnCandidateCard(actor: Actor): Promise<CandidateCard | null> {
  if (actor.role !== "CITIZEN") return null;
  const [row, pools] = await Promise.all([
    prisma.citizenProfile.findUnique({
      where: { userId: actor.id },
      select: { ...candidateCardSelect, municipalityId: true, municipality: { select: { name: true, region: true } } },
    }),
    freshPools(),
  ]);
  if (!row) return null;
  const { areas, live } = pools.candidates;
  const slot = live.slotOf(row.id);
  const label =
    slot >= 0
      ? areas.label(slot)
      : areas.labelIfAdded({
          municipalityId: row.municipalityId,
          municipalityName: row.municipality.name,
          region: row.municipality.region ?? "",
          mustNeeds: row.needs.filter((n) => n.level === "MUST").map((n) => n.code),
        });
  return { ...toCandidateCard(row, null), area: label.level === "country" ? "" : label.name };
}
