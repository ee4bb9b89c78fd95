import { describe, expect, it } from "vitest";
import {
  COMPONENT_WEIGHTS,
  conceptsOf,
  normalizeSkill,
  rankCandidatesForOpening,
  SYNONYM_GROUPS,
  type Candidate,
  type Opening,
} from "../../../lib/matching";
import { assensAdministrator, candidate, opening, quietOffice } from "./fixtures";

function result(o: Opening, c: Candidate) {
  const [r] = rankCandidatesForOpening(o, [c]);
  if (!r) throw new Error("no result");
  return r;
}

describe("skill normalisation", () => {
  it("ignores case, whitespace and punctuation", () => {
    expect(normalizeSkill("  Kunde  Service ")).toBe(normalizeSkill("kunde-service"));
  });

  it("folds æøå and treats aa as å", () => {
    expect(normalizeSkill("Århus")).toBe(normalizeSkill("Aarhus"));
    expect(normalizeSkill("Rengøring")).toBe(normalizeSkill("rengoering"));
  });

  it("meets Danish definite and plural forms (Snowball's Danish stemmer)", () => {
    expect(normalizeSkill("regnskaberne")).toBe(normalizeSkill("regnskab"));
    expect(normalizeSkill("regnskabet")).toBe(normalizeSkill("regnskaber"));
    expect(normalizeSkill("trappeopgange")).toBe(normalizeSkill("trappeopgang"));
    expect(normalizeSkill("computers")).toBe(normalizeSkill("computer"));
  });

  it("leaves short words and codes alone", () => {
    expect(normalizeSkill("kok")).toBe("kok");
    expect(normalizeSkill("C++")).toBe("c++");
  });
});

describe("synonym vocabulary", () => {
  it("maps Danish and English variants to one skill", () => {
    const key = (text: string) => conceptsOf(text).own.map((h) => h.key);
    expect(key("Excel")).toEqual(key("regneark"));
    expect(key("rengøringen")).toEqual(key("Cleaning"));
    expect(key("customer service")).toEqual(key("Kundeservice"));
    expect(key("Excel")).not.toEqual(key("Word"));
  });

  it("puts every word in one group only", () => {
    const owner = new Map<string, number>();
    SYNONYM_GROUPS.forEach((group, g) => {
      for (const word of group) {
        const key = normalizeSkill(word);
        const seen = owner.get(key);
        expect(seen === undefined || seen === g, `"${word}" is in groups ${seen} and ${g}`).toBe(true);
        owner.set(key, g);
      }
    });
  });
});

describe("score components", () => {
  it("are named, weighted, and sum to the score", () => {
    const r = result(quietOffice, assensAdministrator);
    const names = Object.keys(r.components);
    expect(names.sort()).toEqual(Object.keys(COMPONENT_WEIGHTS).sort());
    const total = Object.values(r.components).reduce((s, c) => s + c.points, 0);
    expect(r.score).toBeCloseTo(total, 1);
    for (const [name, c] of Object.entries(r.components)) {
      expect(c.weight).toBe(COMPONENT_WEIGHTS[name as keyof typeof COMPONENT_WEIGHTS]);
      expect(c.points).toBeCloseTo(c.value * c.weight, 1);
    }
  });

  it("gives required skills the highest weight", () => {
    const max = Math.max(...Object.values(COMPONENT_WEIGHTS));
    expect(COMPONENT_WEIGHTS.requiredSkills).toBe(max);
  });

  it("counts required skills through synonyms and names what is missing", () => {
    const r = result(quietOffice, candidate({ skills: ["Excel"] }));
    expect(r.components.requiredSkills.value).toBe(0.5);
    expect(r.reasons.find((x) => x.code === "required_skills")?.da).toBe("Har 1 af 2 krævede kompetencer: regneark (regneark = excel); mangler arkivering");
  });

  it("rewards preferred skills separately from required ones", () => {
    const without = result(quietOffice, candidate({ skills: ["arkivering", "regneark"] }));
    const withPref = result(quietOffice, candidate({ skills: ["arkivering", "regneark", "tekstbehandling"] }));
    expect(withPref.components.preferredSkills.value).toBeGreaterThan(without.components.preferredSkills.value);
    expect(withPref.score).toBeGreaterThan(without.score);
  });

  it("ranks own occupation above own industry above openness to a new field", () => {
    const o = opening({ occupation: "kok", industry: "daginstitution" });
    const occ = result(o, candidate({ wishes: { occupations: ["cook"] } }));
    const ind = result(o, candidate({ wishes: { industries: ["børnehave"] } }));
    const open = result(o, candidate({ wishes: { occupations: ["pedel"], openToNewField: true } }));
    const none = result(o, candidate({ wishes: { occupations: ["pedel"] } }));
    expect(occ.components.wishes.value).toBeGreaterThan(ind.components.wishes.value);
    expect(ind.components.wishes.value).toBeGreaterThan(open.components.wishes.value);
    expect(open.components.wishes.value).toBeGreaterThan(none.components.wishes.value);
    expect(occ.reasons.find((x) => x.code === "wish_occupation")?.da).toBe("Ønsker at arbejde som kok");
  });

  it("rewards prefer-needs the opening offers", () => {
    const c = candidate({ needs: [{ code: "extra_breaks", level: "prefer" }, { code: "written_instructions", level: "prefer" }] });
    expect(result(opening({ accommodations: ["extra_breaks"] }), c).components.preferredNeeds.value).toBe(0.5);
    expect(result(opening({ accommodations: [] }), c).components.preferredNeeds.value).toBe(0);
  });

  it("scores a snug hours fit above a barely touching one", () => {
    const o = opening({ weeklyHours: { min: 10, max: 15 } });
    const snug = result(o, candidate({ weeklyHours: { min: 10, max: 15 } }));
    const touching = result(o, candidate({ weeklyHours: { min: 15, max: 25 } }));
    expect(snug.components.hoursFit.value).toBe(1);
    expect(touching.components.hoursFit.value).toBeLessThan(snug.components.hoursFit.value);
  });

  it("scores nearer candidates higher on distance", () => {
    const o = opening({ postalCode: "1620" });
    const near = result(o, candidate({ postalCode: "1620", maxCommuteKm: 40 }));
    const far = result(o, candidate({ postalCode: "2970", maxCommuteKm: 40 }));
    expect(near.components.distance.value).toBeGreaterThan(far.components.distance.value);
  });

  it("scores covering more of the job's schedule higher", () => {
    const o = opening({ schedule: ["mon-morning", "tue-morning"] });
    const half = result(o, candidate({ availability: ["mon-morning"] }));
    const full = result(o, candidate({ availability: ["mon-morning", "tue-morning", "sun-night"] }));
    expect(half.components.schedule.value).toBe(0.5);
    expect(full.components.schedule.value).toBe(1);
  });

  it("reports score 0 for ineligible pairs but keeps their components", () => {
    const r = result(opening({ weeklyHours: { min: 30, max: 37 } }), candidate({ skills: ["x"] }));
    expect(r.eligible).toBe(false);
    expect(r.score).toBe(0);
    expect(r.components.requiredSkills.points).toBeGreaterThan(0);
  });
});
