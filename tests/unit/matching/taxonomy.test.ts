// The skill taxonomy's data is checked as the engine reads it: every term must lead back to its
// own group, or a consultant could never predict a match from the list.
import { describe, expect, it } from "vitest";
import { conceptsOf, normalizeSkill, SKILL_GROUPS } from "../../../lib/matching";

describe("skill taxonomy", () => {
  it("has at least 150 groups with unique ids and Danish and English labels", () => {
    expect(SKILL_GROUPS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SKILL_GROUPS.map((g) => g.id)).size).toBe(SKILL_GROUPS.length);
    for (const g of SKILL_GROUPS) {
      expect(g.da.trim(), g.id).not.toBe("");
      expect(g.en.trim(), g.id).not.toBe("");
      expect(g.terms.length, g.id).toBeGreaterThan(0);
      if (g.disco !== undefined) expect(g.disco, g.id).toMatch(/^\d{4}$/);
    }
  });

  it("relates groups only to groups that exist, never to themselves", () => {
    const ids = new Set(SKILL_GROUPS.map((g) => g.id));
    for (const g of SKILL_GROUPS) {
      for (const r of g.related) {
        expect(ids.has(r), `${g.id} → ${r}`).toBe(true);
        expect(r, g.id).not.toBe(g.id);
      }
    }
  });

  it("puts every term in one group only, as the matcher compares them", () => {
    const owner = new Map<string, string>();
    for (const g of SKILL_GROUPS) {
      for (const term of g.terms) {
        const key = normalizeSkill(term);
        const seen = owner.get(key);
        expect(seen === undefined || seen === g.id, `"${term}" is in ${seen} and ${g.id}`).toBe(true);
        owner.set(key, g.id);
      }
    }
  });

  it("reads every term as its own group first", () => {
    for (const g of SKILL_GROUPS) {
      for (const term of g.terms) expect(conceptsOf(term).own[0]?.key, term).toBe(`g:${g.id}`);
    }
  });
});
