// Skill text understanding: compounds, phrases, equivalents and related skills, and the words
// every reason names. Examples come from the walk-through in the issue and the domain stories.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compileCandidates, compileOpening, conceptsOf, explainPair, rankCandidatesForOpening, splitCompound } from "../../../lib/matching";
import { candidate, opening } from "./fixtures";

function fit(required: string[], skills: string[]) {
  const [r] = rankCandidatesForOpening(opening({ requiredSkills: required }), [candidate({ skills })]);
  if (!r) throw new Error("no result");
  return { value: r.components.requiredSkills.value, reason: r.reasons.find((x) => x.code === "required_skills"), relevant: r.relevant };
}

describe("compound splitting", () => {
  it("splits Danish compounds against the dictionary, head last", () => {
    expect(splitCompound("bilvask")).toEqual(["bil", "vask"]);
    expect(splitCompound("vinduespudsning")).toEqual(["vindue", "pudsning"]);
    expect(splitCompound("trappeopgang")).toEqual(["trappe", "opgang"]);
  });

  it("leaves words that are not compounds of dictionary words whole", () => {
    expect(splitCompound("kok")).toEqual(["kok"]);
    expect(splitCompound("xqzvbnm")).toEqual(["xqzvbnm"]);
  });

  it("is never empty, deterministic, and its parts spell the word (bar linking letters)", () => {
    const letters = fc.constantFrom(..."abdefghiklmnoprstuvæøå".split(""));
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 20 }).map((l) => l.join("")), (word) => {
        const parts = splitCompound(word);
        expect(parts.length).toBeGreaterThan(0);
        expect(splitCompound(word)).toEqual(parts);
        for (const p of parts) expect(p.length).toBeGreaterThan(0);
        // Each joint may drop one linking letter (-s-, -e-), never more.
        const joined = parts.join("");
        expect(word.length - joined.length).toBeGreaterThanOrEqual(0);
        expect(word.length - joined.length).toBeLessThanOrEqual(parts.length - 1);
        expect(parts[parts.length - 1] && word.endsWith(parts[parts.length - 1]!)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("skills in people's own words", () => {
  it("matches a phrase by its content words", () => {
    const r = fit(["Rengøring af trappeopgange"], ["rengøringsassistent"]);
    expect(r.value).toBe(1);
    expect(r.reason?.da).toBe("Har 1 af 1 krævede kompetencer: Rengøring af trappeopgange (rengøring = rengøringsassistent)");
  });

  it("gives full credit for a kind of the required skill, and names both words", () => {
    const r = fit(["rengøring"], ["skolerengøring"]);
    expect(r.value).toBe(1);
    expect(r.reason?.da).toContain("rengøring ≈ skolerengøring");
    expect(r.reason?.en).toContain("rengøring ≈ skolerengøring");
  });

  it("gives partial credit the other way round: asked for a kind, has the general skill", () => {
    const r = fit(["skolerengøring"], ["rengøring"]);
    expect(r.value).toBe(0.5);
    expect(r.reason?.da).toContain("delvist skolerengøring (skolerengøring ≈ rengøring)");
  });

  it("gives partial credit for related skills and says so", () => {
    const r = fit(["rengøring"], ["vinduespudsning"]);
    expect(r.value).toBe(0.5);
    expect(r.reason?.da).toMatch(/beslægtet/);
    expect(r.reason?.en).toMatch(/related/);
  });

  it("reads a compound ending in a generic word by its first part", () => {
    expect(fit(["lagerarbejde"], ["lagermedarbejder"]).value).toBe(1);
    expect(fit(["varemodtagelse"], ["varemodtagelsen"]).value).toBe(1);
  });

  it("does not match on generic or small words", () => {
    expect(fit(["arbejde med børn"], ["arbejde på lager"]).value).toBe(0);
    expect(conceptsOf("erfaring med og af").own).toEqual([]);
    expect(conceptsOf("hjælpe dem med indkøb").own.map((h) => h.word)).toEqual(["indkøb"]);
  });

  it("scores exactly what it explains", () => {
    const skills = [["rengøring"], ["vinduespudsning", "skolerengøring"], ["lager"], ["trappevask", "varemodtagelsen"], []];
    const o = opening({ requiredSkills: ["Rengøring af trappeopgange", "kontorrengøring", "varemodtagelse"], preferredSkills: ["vinduespudsning"] });
    const pool = compileCandidates(skills.map((s, i) => candidate({ id: `c${i}`, skills: s })));
    const compiled = compileOpening(o, pool);
    pool.candidates.forEach((c, i) => {
      const e = explainPair(compiled, pool, i);
      const said = e.reasons.find((x) => x.code === "required_skills")?.en.match(/^Has ([\d.]+) of (\d+)/);
      expect(Number(said?.[1]) / Number(said?.[2])).toBeCloseTo(e.components.requiredSkills.value, 3);
      expect(c.id).toBe(`c${i}`);
    });
  });
});

describe("relevance", () => {
  it("marks an eligible candidate with nothing in common as not relevant, and ranks her after the relevant ones", () => {
    const o = opening({ requiredSkills: ["opvask", "køkkenhjælp"], occupation: "køkkenhjælper" });
    const video = candidate({ id: "a-video", skills: ["videoproduktion", "klipning af film"] });
    const kitchen = candidate({ id: "b-kitchen", skills: ["opvask"], weeklyHours: { min: 1, max: 40 } });
    const ranked = rankCandidatesForOpening(o, [video, kitchen]);
    expect(ranked.map((r) => [r.candidateId, r.eligible, r.relevant])).toEqual([
      ["b-kitchen", true, true],
      ["a-video", true, false],
    ]);
    expect(ranked[1]?.reasons.map((r) => r.code)).toContain("no_common_ground");
  });

  it("counts a wished occupation as something in common", () => {
    const o = opening({ requiredSkills: ["opvask"], occupation: "køkkenhjælper" });
    const [r] = rankCandidatesForOpening(o, [candidate({ skills: ["videoproduktion"], wishes: { occupations: ["kitchen assistant"] } })]);
    expect(r?.relevant).toBe(true);
  });

  it("treats everyone eligible as relevant when the opening names no skill and no field", () => {
    const [r] = rankCandidatesForOpening(opening(), [candidate({ skills: ["videoproduktion"] })]);
    expect(r?.relevant).toBe(true);
  });
});
