import type { CitizenStatus, NeedLevel, OpeningStatus, Prisma, RemotePreference, Role } from "@/lib/db/types";

// Plain data shapes the factories build and persist.ts writes; tests and the demo seed share them.
/** What the factories write with: a client, or one of its transactions (the embedded launcher seeds in one). */
export type Db = Prisma.TransactionClient;

export type UserSeed = { id: string; email: string; name: string; phone?: string; role: Role; municipalityCode?: string };

export type CitizenSeed = {
  id: string;
  user: UserSeed;
  municipalityCode: string;
  consultantEmail?: string;
  alias: string;
  headline: string;
  summary: string;
  skills: string[];
  experience: { title: string; employerName?: string; fromYear?: number; toYear?: number; description?: string }[];
  education: { title: string; institution?: string; year?: number }[];
  wishOccupations: string[];
  wishIndustries: string[];
  openToNewField: boolean;
  hoursMin: number;
  hoursMax: number;
  availability: string[];
  needs: { code: string; level: NeedLevel; note?: string }[];
  postalCode: string;
  maxCommuteKm?: number;
  remotePreference: RemotePreference;
  status: CitizenStatus;
  flexGrantedAt?: Date;
  flexReviewDueAt?: Date;
  flexPermanent: boolean;
  visibleToEmployers: boolean;
};

export type OpeningSeed = {
  id: string;
  title: string;
  description: string;
  tasks: string[];
  requiredSkills: string[];
  preferredSkills: string[];
  occupation?: string;
  industry?: string;
  hoursMin: number;
  hoursMax: number;
  schedule: string[];
  accommodations: string[];
  postalCode: string;
  remotePossible: boolean;
  positions: number;
  status: OpeningStatus;
};

export type EmployerSeed = {
  id: string;
  name: string;
  cvr: string;
  industry: string;
  postalCode: string;
  municipalityCode: string;
  address?: string;
  consultantEmail?: string;
  members: UserSeed[];
  openings: OpeningSeed[];
};
