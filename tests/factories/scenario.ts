import { fakerDA } from "@faker-js/faker";
import type { PrismaClient } from "@/lib/db/client";
import { buildCitizen } from "./citizens";
import { upsertCitizen, upsertEmployer, upsertMunicipality, upsertUser } from "./persist";
import type { EmployerSeed, OpeningSeed, UserSeed } from "./types";

// Small, self-contained worlds for integration tests. Every id carries a prefix so scenarios
// never collide with each other or with the demo seed.
export function uniquePrefix(label: string): string {
  return `${label}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function createMunicipality(db: PrismaClient, prefix: string) {
  return upsertMunicipality(db, { code: prefix, name: `${prefix} Kommune`, region: `${prefix} Region` });
}

export async function createConsultant(db: PrismaClient, prefix: string, municipalityCode: string): Promise<UserSeed> {
  const user: UserSeed = { id: `${prefix}-consultant`, email: `${prefix}-k@test.dk`, name: `${prefix} Konsulent`, role: "CONSULTANT", municipalityCode };
  await upsertUser(db, user, null);
  return user;
}

export async function createCitizen(db: PrismaClient, prefix: string, municipalityCode: string, consultantEmail?: string) {
  const citizen = buildCitizen(fakerDA, 0, { municipalityCode, consultantEmail, postalCode: "2820" });
  const seed = {
    ...citizen,
    id: `${prefix}-citizen`,
    alias: `${prefix} alias`,
    user: { ...citizen.user, id: `${prefix}-citizen-user`, email: `${prefix}-b@test.dk` },
  };
  await upsertCitizen(db, seed, null);
  return seed;
}

export async function createEmployerWithOpening(db: PrismaClient, prefix: string, municipalityCode: string) {
  const opening: OpeningSeed = {
    id: `${prefix}-opening`, title: `${prefix} job`, description: "", tasks: [], requiredSkills: ["rengøring"], preferredSkills: [],
    hoursMin: 4, hoursMax: 8, schedule: [], accommodations: [], postalCode: "2820", remotePossible: false, positions: 1, status: "OPEN",
  };
  const employer: EmployerSeed = {
    id: `${prefix}-employer`, name: `${prefix} ApS`, cvr: String(Math.floor(10_000_000 + Math.random() * 89_999_999)),
    industry: "rengøring", postalCode: "2820", municipalityCode,
    members: [{ id: `${prefix}-employer-user`, email: `${prefix}-a@test.dk`, name: `${prefix} Arbejdsgiver`, role: "EMPLOYER" }],
    openings: [opening],
  };
  await upsertEmployer(db, employer, null);
  return { employer, opening, member: employer.members[0]! };
}
