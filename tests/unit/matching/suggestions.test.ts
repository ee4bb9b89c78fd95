import { describe, expect, it } from "vitest";
import { conceptsOf, SKILL_GROUPS, suggestionLabels } from "@/lib/matching";

// The type-ahead lists on the profile's skills and wishes steps: the reader's language only, the
// most common first, and every suggestion one the engine recognises.

describe("skill suggestions", () => {
  it("offer the labels of one language only", () => {
    const da = suggestionLabels(["skill", "occupation"], "da");
    const daLabels = new Set(SKILL_GROUPS.map((g) => g.da));
    expect(da.length).toBeGreaterThan(100);
    expect(da.every((s) => daLabels.has(s))).toBe(true);
    // English words of the taxonomy's terms ("cleaning", "accounting") are not offered in Danish.
    expect(da).not.toContain("cleaning");
    expect(da).not.toContain("Cleaner");
    const en = suggestionLabels(["skill", "occupation"], "en");
    expect(en).toContain("Cleaner");
    expect(en).not.toContain("Rengøringsassistent");
  });

  it("list occupations for wished occupations and industries for wished industries", () => {
    const kindOf = new Map(SKILL_GROUPS.map((g) => [g.da, g.kind]));
    expect(suggestionLabels(["industry"], "da").every((s) => kindOf.get(s) === "industry")).toBe(true);
    expect(suggestionLabels(["occupation"], "da").every((s) => kindOf.get(s) === "occupation")).toBe(true);
  });

  it("put the groups the taxonomy relates most to first", () => {
    const industries = suggestionLabels(["industry"], "da");
    const construction = SKILL_GROUPS.find((g) => g.id === "construction")!;
    expect(industries[0]).toBe(construction.da);
    const related = (label: string) => SKILL_GROUPS.filter((g) => g.related.includes(SKILL_GROUPS.find((x) => x.da === label)!.id)).length;
    const counts = industries.map(related);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("are recognised by the engine as their own group, and only those", () => {
    for (const lang of ["da", "en"] as const) {
      const offered = new Set(suggestionLabels(["skill", "occupation", "industry"], lang));
      expect(offered.size).toBeGreaterThan(200);
      for (const g of SKILL_GROUPS) {
        const recognised = conceptsOf(g[lang]).own.some((h) => h.key === `g:${g.id}`);
        expect(offered.has(g[lang]), `${lang}: ${g[lang]}`).toBe(recognised);
      }
    }
  });
});
