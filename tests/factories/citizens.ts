import { fakerDA, type Faker } from "@faker-js/faker";
import { generateAlias } from "@/lib/privacy/alias";
import { ACCOMMODATION_CODES, SLOTS } from "@/lib/matching/vocabulary";
import type { NeedLevel } from "@/lib/db/types";
import { consultants, municipalities } from "./demo-people";
import { storyCitizens, type Story } from "./story-citizens";
import type { CitizenSeed } from "./types";

// Archetypes with realistic skills and wishes; generated citizens draw from them.
export const ARCHETYPES = [
  { skills: ["rengøring", "vinduespudsning", "erhvervsrengøring"], occupation: "rengøringsassistent", industry: "rengøring" },
  { skills: ["varepåfyldning", "butik", "kasse", "kundeservice"], occupation: "butiksmedhjælper", industry: "detailhandel" },
  { skills: ["administration", "excel", "journalisering"], occupation: "administrativ medarbejder", industry: "offentlig administration" },
  { skills: ["madlavning", "køkkenhjælp", "hygiejne"], occupation: "køkkenhjælper", industry: "pleje" },
  { skills: ["samvær", "ældrepleje", "aktiviteter"], occupation: "aktivitetsmedarbejder", industry: "pleje" },
  { skills: ["havearbejde", "planter", "pedelarbejde"], occupation: "gartner", industry: "havecenter" },
  { skills: ["lager", "truckkørsel", "pakning"], occupation: "lagermedarbejder", industry: "logistik" },
  { skills: ["cykelreparation", "vedligehold"], occupation: "cykelmekaniker", industry: "værksted" },
  { skills: ["videoredigering", "kamera", "grafisk design"], occupation: "videoproducer", industry: "medier" },
] as const;

const round = (n: number) => Math.round(n * 2) / 2;
// Fixed reference date: seeds must be reproducible, so they never read the clock.
const reference = Date.UTC(2026, 10, 1);

export function buildCitizen(f: Faker, index: number, overrides: Partial<CitizenSeed> = {}): CitizenSeed {
  const municipality = f.helpers.arrayElement(municipalities);
  const consultant = f.helpers.arrayElement(consultants.filter((c) => c.municipalityCode === municipality.code));
  const archetype = f.helpers.arrayElement(ARCHETYPES);
  const mini = f.datatype.boolean({ probability: 0.35 });
  const hoursMin = mini ? round(f.number.float({ min: 1, max: 4 })) : round(f.number.float({ min: 5, max: 20 }));
  const hoursMax = Math.min(30, hoursMin + round(f.number.float({ min: 0, max: mini ? 4 : 10 })));
  const needCodes = f.helpers.arrayElements(ACCOMMODATION_CODES, { min: 0, max: 4 });
  const firstName = f.person.firstName();
  const lastName = f.person.lastName();
  const grantedAt = new Date(reference - f.number.int({ min: 30, max: 1500 }) * 86_400_000);
  return {
    id: `seed-citizen-${index}`,
    user: {
      id: `seed-user-citizen-${index}`,
      email: `borger${index}@demo.refleks.dk`,
      name: `${firstName} ${lastName}`,
      phone: `+45 ${f.string.numeric(8)}`,
      role: "CITIZEN",
    },
    municipalityCode: municipality.code,
    consultantEmail: consultant?.email,
    alias: generateAlias(() => f.number.float({ min: 0, max: 1 - Number.EPSILON })),
    headline: `${archetype.occupation[0]!.toUpperCase()}${archetype.occupation.slice(1)} med erfaring`,
    summary: "",
    skills: f.helpers.arrayElements([...archetype.skills], { min: 1, max: archetype.skills.length }),
    experience: [{ title: archetype.occupation, fromYear: 2000 + f.number.int({ min: 0, max: 15 }), toYear: 2018 + f.number.int({ min: 0, max: 6 }) }],
    education: [],
    wishOccupations: [archetype.occupation],
    wishIndustries: [archetype.industry],
    openToNewField: f.datatype.boolean({ probability: 0.3 }),
    hoursMin,
    hoursMax,
    availability: f.datatype.boolean({ probability: 0.3 }) ? [] : f.helpers.arrayElements([...SLOTS].filter((s) => !s.endsWith("night")), { min: 3, max: 10 }),
    needs: needCodes.map((code) => ({ code, level: (f.datatype.boolean({ probability: 0.4 }) ? "MUST" : "PREFER") as NeedLevel })),
    postalCode: f.helpers.arrayElement(municipality.postalCodes),
    maxCommuteKm: f.helpers.arrayElement([5, 10, 15, 25, undefined]),
    remotePreference: "EITHER",
    status: f.helpers.weightedArrayElement([
      { weight: 7, value: "SEEKING" as const },
      { weight: 1, value: "EMPLOYED_WANTS_CHANGE" as const },
      { weight: 1, value: "PAUSED" as const },
    ]),
    flexGrantedAt: grantedAt,
    flexReviewDueAt: new Date(grantedAt.getTime() + 913 * 86_400_000),
    flexPermanent: f.datatype.boolean({ probability: 0.15 }),
    visibleToEmployers: f.datatype.boolean({ probability: 0.85 }),
    ...overrides,
  };
}

function fromStory(f: Faker, story: Story, index: number): CitizenSeed {
  const { name, email, ...rest } = story;
  return {
    ...rest,
    id: index === 0 ? "seed-citizen-demo" : `seed-citizen-story-${index}`,
    user: {
      id: index === 0 ? "seed-user-citizen-demo" : `seed-user-citizen-story-${index}`,
      email: email ?? `historie${index}@demo.refleks.dk`,
      name,
      phone: `+45 ${f.string.numeric(8)}`,
      role: "CITIZEN",
    },
    alias: generateAlias(() => f.number.float({ min: 0, max: 1 - Number.EPSILON })),
    remotePreference: rest.remotePreference ?? "EITHER",
    status: rest.status ?? "SEEKING",
    flexPermanent: rest.flexPermanent ?? false,
    visibleToEmployers: rest.visibleToEmployers ?? true,
  };
}

/** The demo's citizens: the stories first, then generated ones; same output for the same seed. */
export function buildDemoCitizens(count: number, seed = 20_250_101): CitizenSeed[] {
  fakerDA.seed(seed);
  const citizens = storyCitizens().map((story, i) => fromStory(fakerDA, story, i));
  for (let i = 1; citizens.length < count; i++) citizens.push(buildCitizen(fakerDA, i));
  // Aliases must be unique; add a letter on the rare collision.
  const seen = new Set<string>();
  for (const c of citizens) {
    let alias = c.alias;
    for (let n = 0; seen.has(alias); n++) alias = `${c.alias}${String.fromCharCode(65 + n)}`;
    seen.add(alias);
    c.alias = alias;
  }
  return citizens;
}
