import type { Candidate, Opening } from "@/lib/matching/index";

// The small adapter between database rows and the pure matching engine's input shapes.

export type CandidateRow = {
  id: string;
  hoursMin: number;
  hoursMax: number;
  availability: string[];
  skills: string[];
  wishOccupations: string[];
  wishIndustries: string[];
  openToNewField: boolean;
  postalCode: string;
  maxCommuteKm: number | null;
  needs: { code: string; level: "MUST" | "PREFER" }[];
};

export type OpeningRow = {
  id: string;
  title: string;
  hoursMin: number;
  hoursMax: number;
  schedule: string[];
  requiredSkills: string[];
  preferredSkills: string[];
  occupation: string | null;
  industry: string | null;
  accommodations: string[];
  postalCode: string;
  remotePossible: boolean;
};

export const candidateRowSelect = {
  id: true,
  hoursMin: true,
  hoursMax: true,
  availability: true,
  skills: true,
  wishOccupations: true,
  wishIndustries: true,
  openToNewField: true,
  postalCode: true,
  maxCommuteKm: true,
  needs: { select: { code: true, level: true } },
} as const;

export const openingRowSelect = {
  id: true,
  title: true,
  hoursMin: true,
  hoursMax: true,
  schedule: true,
  requiredSkills: true,
  preferredSkills: true,
  occupation: true,
  industry: true,
  accommodations: true,
  postalCode: true,
  remotePossible: true,
} as const;

export function toCandidate(row: CandidateRow): Candidate {
  return {
    id: row.id,
    weeklyHours: { min: row.hoursMin, max: row.hoursMax },
    availability: row.availability,
    skills: row.skills,
    wishes: { occupations: row.wishOccupations, industries: row.wishIndustries, openToNewField: row.openToNewField },
    needs: row.needs.map((n) => ({ code: n.code, level: n.level === "MUST" ? "must" : "prefer" })),
    postalCode: row.postalCode,
    ...(row.maxCommuteKm === null ? {} : { maxCommuteKm: row.maxCommuteKm }),
  };
}

export function toOpening(row: OpeningRow): Opening {
  return {
    id: row.id,
    title: row.title,
    weeklyHours: { min: row.hoursMin, max: row.hoursMax },
    schedule: row.schedule,
    requiredSkills: row.requiredSkills,
    preferredSkills: row.preferredSkills,
    ...(row.occupation ? { occupation: row.occupation } : {}),
    ...(row.industry ? { industry: row.industry } : {}),
    accommodations: row.accommodations,
    postalCode: row.postalCode,
    remote: row.remotePossible,
  };
}
