import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankCandidatesForOpening, type Explanation, type Message } from "@/lib/matching";
import { classifyReasons, GOOD_REASON_KINDS, NOTE_REASON_KINDS, reasonKind } from "@/lib/matching/reason-classes";
import { toEmployerFit } from "@/lib/privacy/employer-fit";
import { candidateArb, openingArb } from "./live-arbitraries";

// The one classification of the engine's reasons (citizen, employer and consultant views): run
// over explanations the engine really writes, for random openings and candidates, as the
// consultant (the engine's own texts) and as employers see them (distance in bands or hidden).

const good = new Set<string>(GOOD_REASON_KINDS);
const notes = new Set<string>(NOTE_REASON_KINDS);
const codes = (ms: readonly Message[]) => ms.map((m) => m.code).sort();

function explanations(): fc.Arbitrary<Explanation[]> {
  return fc.tuple(openingArb, fc.array(candidateArb, { minLength: 1, maxLength: 6 })).map(([o, pool]) => {
    const unique = pool.map((c, i) => ({ ...c, id: `c${i}` }));
    const engine = rankCandidatesForOpening(o, unique);
    const employer = engine.flatMap((e, i) => [toEmployerFit(e, i % 3 === 0 ? null : 7 * i, "shown"), toEmployerFit(e, 3, i % 2 ? "unpublished" : "generalised")]);
    return [...engine, ...employer] as Explanation[];
  });
}

describe("classifying the engine's reasons", () => {
  it("has no kind in both classes", () => {
    expect(GOOD_REASON_KINDS.filter((k) => notes.has(k))).toEqual([]);
  });

  it("puts every reason in exactly one class, knows every code the engine writes, and never puts a negative under 'for'", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(explanations(), (all) => {
        for (const fit of all) {
          const { blockers, good: forIt, notes: toKnow } = classifyReasons(fit);
          expect(codes([...forIt, ...toKnow])).toEqual(codes(fit.reasons));
          expect(blockers).toEqual(fit.blockers);
          for (const r of fit.reasons) {
            const kind = reasonKind(r.code);
            seen.add(kind);
            expect(good.has(kind) || notes.has(kind), `unclassified reason code ${r.code}`).toBe(true);
          }
          for (const r of forIt) {
            expect(notes.has(reasonKind(r.code)), `${r.code} under 'for'`).toBe(false);
            expect(r.da).not.toMatch(/tilbydes ikke|^Har 0 af/);
            if (r.code === "required_skills") expect(fit.components.requiredSkills.value).toBe(1);
            if (r.code === "preferred_skills") expect(fit.components.preferredSkills.value).toBe(1);
          }
        }
      }),
      { numRuns: 300 },
    );
    // The runs reached every kind, so each was really checked against what the engine writes.
    expect([...seen].sort()).toEqual([...GOOD_REASON_KINDS, ...NOTE_REASON_KINDS].sort());
  });

  it("keeps the reported queue case apart: an unmet wish and missing skills are good to know, not for", () => {
    const fit = {
      components: { requiredSkills: { value: 0 }, preferredSkills: { value: 1 } },
      blockers: [],
      reasons: [
        { code: "prefer_missing:gradual_start", da: "Ønsker gradvis opstart — tilbydes ikke", en: "" },
        { code: "required_skills", da: "Har 0 af 1 krævede kompetencer", en: "" },
        { code: "hours", da: "Kan arbejde 5–8 t/uge; stillingen er 4–8 t/uge", en: "" },
        { code: "need_met:quiet_environment", da: "Behøver rolige omgivelser — tilbydes", en: "" },
        { code: "some_new_code", da: "Noget nyt", en: "" },
      ],
    };
    const { good: forIt, notes: toKnow } = classifyReasons(fit);
    expect(codes(forIt)).toEqual(["hours", "need_met:quiet_environment"]);
    expect(forIt[0]?.code).toBe("need_met:quiet_environment");
    expect(codes(toKnow)).toEqual(["prefer_missing:gradual_start", "required_skills", "some_new_code"]);
  });
});
