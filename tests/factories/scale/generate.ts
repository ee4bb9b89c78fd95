import { fakerDA } from "@faker-js/faker";
import { ACCOMMODATION_CODES, SLOTS } from "@/lib/matching/vocabulary";
import { POSTAL_CODES, postalDistanceKm } from "@/lib/matching/postal-codes";
import { ARCHETYPES } from "../citizens";
import type { Rng } from "../rng";
import { SCALE_MUNICIPALITIES, type ScaleMunicipality } from "./municipalities";

// Deterministic national-scale data (npm run seed:scale): plain rows for set-based inserts, drawn
// from the demo factories' archetypes and the real municipalities. Same output for the same seed.

export { rng, type Rng } from "../rng";

export const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
export const int = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const half = (x: number) => Math.round(x * 2) / 2;

function sample<T>(r: Rng, list: readonly T[], min: number, max: number): T[] {
  const n = Math.min(list.length, int(r, min, max));
  const copy = [...list];
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(r() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/** Each known postal code goes to the municipality whose main town is nearest. */
export function postalCodesByMunicipality(): Map<string, string[]> {
  const out = new Map<string, string[]>(SCALE_MUNICIPALITIES.map((m) => [m.code, []]));
  for (const code of POSTAL_CODES) {
    let best: ScaleMunicipality | undefined;
    let bestKm = Number.POSITIVE_INFINITY;
    for (const m of SCALE_MUNICIPALITIES) {
      const km = postalDistanceKm(code, m.postalCode) ?? Number.POSITIVE_INFINITY;
      if (km < bestKm) [best, bestKm] = [m, km];
    }
    if (best) out.get(best.code)!.push(code);
  }
  for (const m of SCALE_MUNICIPALITIES) if (!out.get(m.code)!.includes(m.postalCode)) out.get(m.code)!.push(m.postalCode);
  return out;
}

/** How many of `total` each municipality gets, proportional to its weight, at least `min`. */
export function apportion(total: number, min = 0): Map<string, number> {
  const weight = SCALE_MUNICIPALITIES.reduce((s, m) => s + m.weight, 0);
  const out = new Map(SCALE_MUNICIPALITIES.map((m) => [m.code, Math.max(min, Math.floor((total * m.weight) / weight))]));
  let left = total - [...out.values()].reduce((s, n) => s + n, 0);
  // Hand out the remainder (or take back the surplus) largest first.
  const bySize = [...SCALE_MUNICIPALITIES].sort((a, b) => b.weight - a.weight);
  for (let i = 0; left !== 0; i = (i + 1) % bySize.length) {
    const code = bySize[i]!.code;
    const step = left > 0 ? 1 : -1;
    if (step < 0 && out.get(code)! <= Math.max(min, 1)) continue;
    out.set(code, out.get(code)! + step);
    left -= step;
  }
  return out;
}

export type ScaleCitizen = {
  n: number;
  municipalityCode: string;
  name: string;
  skills: string[];
  occupation: string;
  industry: string;
  openToNewField: boolean;
  hoursMin: number;
  hoursMax: number;
  availability: string[];
  needs: { code: string; level: "MUST" | "PREFER" }[];
  postalCode: string;
  maxCommuteKm: number | null;
  status: "SEEKING" | "EMPLOYED_WANTS_CHANGE" | "PAUSED" | "PLACED";
  visible: boolean;
  experience: { title: string; fromYear: number; toYear: number };
  grantedDaysAgo: number;
  createdDaysAgo: number;
};

const DAYTIME_SLOTS = SLOTS.filter((s) => !s.endsWith("night"));

export function scaleCitizen(r: Rng, n: number, municipalityCode: string, postalCodes: readonly string[]): ScaleCitizen {
  const a = pick(r, ARCHETYPES);
  const mini = r() < 0.35;
  const hoursMin = mini ? half(1 + r() * 3) : half(5 + r() * 15);
  const hoursMax = Math.min(30, hoursMin + half(r() * (mini ? 4 : 10)));
  const roll = r();
  return {
    n,
    municipalityCode,
    name: `${fakerDA.person.firstName()} ${fakerDA.person.lastName()}`,
    skills: sample(r, a.skills, 1, a.skills.length),
    occupation: a.occupation,
    industry: a.industry,
    openToNewField: r() < 0.3,
    hoursMin,
    hoursMax,
    availability: r() < 0.3 ? [] : sample(r, DAYTIME_SLOTS, 3, 10),
    needs: sample(r, ACCOMMODATION_CODES, 0, 4).map((code) => ({ code, level: r() < 0.4 ? "MUST" : "PREFER" })),
    postalCode: pick(r, postalCodes),
    maxCommuteKm: pick(r, [5, 10, 15, 25, 40, null]),
    status: roll < 0.8 ? "SEEKING" : roll < 0.9 ? "EMPLOYED_WANTS_CHANGE" : roll < 0.96 ? "PAUSED" : "PLACED",
    visible: r() < 0.92,
    experience: { title: a.occupation, fromYear: 2000 + int(r, 0, 15), toYear: 2018 + int(r, 0, 6) },
    grantedDaysAgo: int(r, 30, 1500),
    createdDaysAgo: int(r, 1, 420),
  };
}

export type ScaleOpening = {
  title: string;
  description: string;
  tasks: string[];
  requiredSkills: string[];
  preferredSkills: string[];
  occupation: string;
  industry: string;
  hoursMin: number;
  hoursMax: number;
  schedule: string[];
  accommodations: string[];
  postalCode: string;
  remote: boolean;
  positions: number;
  publishedDaysAgo: number;
};

export function scaleOpening(r: Rng, postalCodes: readonly string[]): ScaleOpening {
  const a = pick(r, ARCHETYPES);
  const required = sample(r, a.skills, 1, 2);
  const hoursMin = half(1 + r() * 12);
  const title = `${a.occupation[0]!.toUpperCase()}${a.occupation.slice(1)}`;
  return {
    title,
    description: `${title} i et roligt team. Vi tilpasser opgaver og tider efter dig.`,
    tasks: required.map((s) => `Opgaver med ${s}`),
    requiredSkills: required,
    preferredSkills: sample(
      r,
      a.skills.filter((s) => !required.includes(s)),
      0,
      1,
    ),
    occupation: a.occupation,
    industry: a.industry,
    hoursMin,
    hoursMax: Math.min(37, hoursMin + half(r() * 10)),
    schedule: r() < 0.5 ? [] : sample(r, DAYTIME_SLOTS, 3, 12),
    accommodations: sample(r, ACCOMMODATION_CODES, 2, 10),
    postalCode: pick(r, postalCodes),
    remote: r() < 0.05,
    positions: r() < 0.1 ? int(r, 2, 4) : 1,
    publishedDaysAgo: int(r, 1, 300),
  };
}

/** Match statuses with weights like a running job center's, and the path each took to get there. */
export const MATCH_PATHS: { weight: number; path: readonly string[] }[] = [
  { weight: 30, path: ["PROPOSED"] },
  { weight: 12, path: ["EMPLOYER_INTERESTED"] },
  { weight: 8, path: ["EMPLOYER_INTERESTED", "APPROVED"] },
  { weight: 12, path: ["PROPOSED", "REJECTED"] },
  { weight: 6, path: ["EMPLOYER_INTERESTED", "APPROVED", "CITIZEN_ACCEPTED"] },
  { weight: 5, path: ["EMPLOYER_INTERESTED", "APPROVED", "CITIZEN_DECLINED"] },
  { weight: 10, path: ["EMPLOYER_INTERESTED", "APPROVED", "CITIZEN_ACCEPTED", "PRAKTIK"] },
  { weight: 10, path: ["EMPLOYER_INTERESTED", "APPROVED", "CITIZEN_ACCEPTED", "PRAKTIK", "HIRED"] },
  { weight: 7, path: ["EMPLOYER_INTERESTED", "APPROVED", "CITIZEN_ACCEPTED", "PRAKTIK", "ENDED"] },
];

export function matchPath(r: Rng): readonly string[] {
  const total = MATCH_PATHS.reduce((s, p) => s + p.weight, 0);
  let x = r() * total;
  for (const p of MATCH_PATHS) if ((x -= p.weight) < 0) return p.path;
  return MATCH_PATHS[0]!.path;
}
