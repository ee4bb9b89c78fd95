// Random candidates and openings for the live-pool property tests: small vocabularies, so that
// skills, needs, slots and postal codes collide often enough to exercise every rule.
import fc from "fast-check";
import { ACCOMMODATION_CODES, SLOTS, type Candidate, type Opening } from "../../../lib/matching";

// Synonyms and inflections ("Rengøringen", "MS Excel") so canonical keys differ from the raw words;
// "!!" and "–" are valid text whose canonical key is "" (the engine then treats them as one word).
export const SKILLS = ["excel", "MS Excel", "regneark", "arkivering", "Kundeservice", "kundeservicen", "Rengøringen", "cleaning", "kok", "lager", "pakning", "word", "c++", "!!", "–"];
// "0999" and "0001" are not in the postal dataset: the distance rule is skipped for them.
export const POSTAL = ["1620", "2970", "1050", "8000", "0999", "0001"];
// A small alphabet so ids collide, share prefixes ("a" < "a-" < "aB") and arrive in no particular order.
const idArb = fc.string({ unit: fc.constantFrom("a", "B", "b", "-", "0", "z", "é", "Z"), minLength: 1, maxLength: 4 });

const halfHours = fc.integer({ min: 0, max: 80 }).map((h) => h / 2);
const weeklyHours = fc.tuple(halfHours, halfHours).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
// Few codes, so must-needs are often met and unlock advice has something to count.
export const NEED_CODES = ACCOMMODATION_CODES.slice(0, 5);
const slotsArb = fc.subarray([...SLOTS.slice(0, 8)], { maxLength: 4 });

export const candidateArb: fc.Arbitrary<Candidate> = fc.record(
  {
    id: idArb,
    weeklyHours,
    availability: slotsArb,
    skills: fc.array(fc.constantFrom(...SKILLS), { maxLength: 5 }),
    wishes: fc.record(
      {
        occupations: fc.subarray(SKILLS, { maxLength: 2 }),
        industries: fc.subarray(["retail", "detailhandel", "hospitality", "it"], { maxLength: 2 }),
        openToNewField: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    needs: fc.array(fc.record({ code: fc.constantFrom(...NEED_CODES), level: fc.constantFrom("must" as const, "prefer" as const) }), { maxLength: 4 }),
    postalCode: fc.constantFrom(...POSTAL),
    maxCommuteKm: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  },
  { requiredKeys: ["id", "weeklyHours", "skills", "needs", "postalCode"] },
);

export const openingArb: fc.Arbitrary<Opening> = fc.record(
  {
    id: idArb,
    title: fc.constant("Stilling"),
    weeklyHours,
    schedule: slotsArb,
    requiredSkills: fc.subarray(SKILLS, { maxLength: 3 }),
    preferredSkills: fc.subarray(SKILLS, { maxLength: 3 }),
    occupation: fc.constantFrom(...SKILLS),
    industry: fc.constantFrom("retail", "hospitality", "byggeri"),
    accommodations: fc.subarray([...NEED_CODES]),
    postalCode: fc.constantFrom(...POSTAL),
    remote: fc.boolean(),
  },
  { requiredKeys: ["id", "title", "weeklyHours", "accommodations", "postalCode"] },
);

/** Operations on the pool; `pick` chooses among the ids that the operation applies to. */

export const pickFrom = <T>(items: readonly T[], pick: number): T | undefined => items[pick % Math.max(1, items.length)];
