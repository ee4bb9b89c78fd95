import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ACCOMMODATION_CODES,
  compileCandidates,
  compileOpening,
  rankCandidatesForOpening,
  SLOTS,
  unlockAdvice,
  type Candidate,
  type Opening,
} from "../../../lib/matching";

const SKILLS = ["excel", "regneark", "arkivering", "kundeservice", "rengøring", "cleaning", "kok", "lager", "pakning", "word"];
const POSTAL = ["1620", "2970", "1050", "0999"];

const halfHours = fc.integer({ min: 0, max: 80 }).map((h) => h / 2);
const weeklyHours = fc.tuple(halfHours, halfHours).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
const codes = fc.subarray([...ACCOMMODATION_CODES], { maxLength: 8 });
const slots = fc.subarray([...SLOTS], { maxLength: 6 });

const candidateArb: fc.Arbitrary<Candidate> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim().length > 0),
  weeklyHours,
  availability: slots,
  skills: fc.subarray(SKILLS, { maxLength: 5 }),
  wishes: fc.record({ occupations: fc.subarray(SKILLS, { maxLength: 2 }), openToNewField: fc.boolean() }),
  needs: fc.array(fc.record({ code: fc.constantFrom(...ACCOMMODATION_CODES), level: fc.constantFrom("must" as const, "prefer" as const) }), {
    maxLength: 4,
  }),
  postalCode: fc.constantFrom(...POSTAL),
  maxCommuteKm: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
});

const openingArb: fc.Arbitrary<Opening> = fc.record({
  id: fc.constant("job"),
  title: fc.constant("Stilling"),
  weeklyHours,
  schedule: slots,
  requiredSkills: fc.subarray(SKILLS, { maxLength: 4 }),
  preferredSkills: fc.subarray(SKILLS, { maxLength: 3 }),
  occupation: fc.constantFrom(...SKILLS),
  accommodations: codes,
  postalCode: fc.constantFrom(...POSTAL),
  remote: fc.boolean(),
});

/** Candidates with distinct ids (ranking ties are broken by id). */
const poolArb = fc.uniqueArray(candidateArb, { selector: (c) => c.id, minLength: 1, maxLength: 12 });

function single(o: Opening, c: Candidate) {
  const [r] = rankCandidatesForOpening(o, [c]);
  if (!r) throw new Error("no result");
  return r;
}

describe("matching properties", () => {
  it("keeps scores in [0, 100]", () => {
    fc.assert(
      fc.property(openingArb, poolArb, (o, pool) => {
        for (const r of rankCandidatesForOpening(o, pool)) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("is deterministic, whatever the input order", () => {
    fc.assert(
      fc.property(openingArb, poolArb, (o, pool) => {
        const a = rankCandidatesForOpening(o, pool);
        const b = rankCandidatesForOpening(o, [...pool].reverse());
        expect(b).toEqual(a);
      }),
    );
  });

  it("never ranks an ineligible pair above an eligible one", () => {
    fc.assert(
      fc.property(openingArb, poolArb, (o, pool) => {
        const flags = rankCandidatesForOpening(o, pool).map((r) => r.eligible);
        const firstIneligible = flags.indexOf(false);
        if (firstIneligible >= 0) expect(flags.slice(firstIneligible)).not.toContain(true);
      }),
    );
  });

  it("never makes a candidate ineligible by offering one more accommodation", () => {
    fc.assert(
      fc.property(openingArb, candidateArb, fc.constantFrom(...ACCOMMODATION_CODES), (o, c, extra) => {
        const before = single(o, c);
        const after = single({ ...o, accommodations: [...o.accommodations, extra] }, c);
        if (before.eligible) expect(after.eligible).toBe(true);
        expect(after.blockers.length).toBeLessThanOrEqual(before.blockers.length);
      }),
    );
  });

  it("never lowers a score by giving the candidate one more required skill", () => {
    fc.assert(
      fc.property(openingArb, candidateArb, fc.nat(), (o, c, k) => {
        const required = o.requiredSkills ?? [];
        fc.pre(required.length > 0);
        const skill = required[k % required.length] as string;
        const before = single(o, c);
        const after = single(o, { ...c, skills: [...c.skills, skill] });
        expect(after.eligible).toBe(before.eligible);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.components.requiredSkills.points).toBeGreaterThanOrEqual(before.components.requiredSkills.points);
      }),
    );
  });

  it("counts unlocks for an accommodation exactly like a brute-force recount", () => {
    fc.assert(
      fc.property(openingArb, poolArb, (o, candidates) => {
        const advice = unlockAdvice(o, candidates);
        const eligibleNow = rankCandidatesForOpening(o, candidates).filter((r) => r.eligible).length;
        expect(advice.eligibleNow).toBe(eligibleNow);
        for (const option of advice.options) {
          if (option.kind !== "offer_accommodation") continue;
          const widened = { ...o, accommodations: [...o.accommodations, option.code] };
          const eligibleAfter = rankCandidatesForOpening(widened, candidates).filter((r) => r.eligible).length;
          expect(option.unlocks).toBe(eligibleAfter - eligibleNow);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("gives the same result from a precompiled pool as from raw input", () => {
    fc.assert(
      fc.property(openingArb, poolArb, (o, candidates) => {
        const pool = compileCandidates(candidates);
        expect(rankCandidatesForOpening(compileOpening(o, pool), pool)).toEqual(rankCandidatesForOpening(o, candidates));
      }),
      { numRuns: 30 },
    );
  });
});
