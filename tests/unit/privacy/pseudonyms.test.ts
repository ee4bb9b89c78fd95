import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { candidateRef, companyAlias, profileIdFromRef } from "@/lib/privacy/pseudonyms";

describe("per-company pseudonyms", () => {
  it("give one company a stable alias and reference, and another company different ones", () => {
    const profile = "cmprofile0000000000000001";
    expect(companyAlias("company-a", profile)).toBe(companyAlias("company-a", profile));
    expect(candidateRef("company-a", profile)).toBe(candidateRef("company-a", profile));
    expect(candidateRef("company-b", profile)).not.toBe(candidateRef("company-a", profile));
    expect(companyAlias("company-a", profile)).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \d{2}$/u);
    // Over many companies the alias varies: it says nothing shared about the person.
    const aliases = new Set(Array.from({ length: 50 }, (_, i) => companyAlias(`company-${i}`, profile)));
    expect(aliases.size).toBeGreaterThan(40);
  });

  it("open only for the company that made them, and never show the profile id", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{10,40}$/), fc.stringMatching(/^[a-z0-9]{5,30}$/), fc.stringMatching(/^[a-z0-9]{5,30}$/), (profile, a, b) => {
        fc.pre(a !== b);
        const ref = candidateRef(a, profile);
        expect(ref).not.toContain(profile);
        expect(profileIdFromRef(ref, [a])).toBe(profile);
        expect(profileIdFromRef(ref, [b, a])).toBe(profile);
        expect(profileIdFromRef(ref, [b])).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it("refuse altered, truncated and made-up references", () => {
    const ref = candidateRef("company-a", "cmprofile0000000000000001");
    const flipped = `${ref.slice(0, 20)}${ref[20] === "A" ? "B" : "A"}${ref.slice(21)}`;
    for (const bad of [flipped, ref.slice(0, -2), "cmprofile0000000000000001", "", "x".repeat(64), `${ref}\u0000`]) {
      expect(profileIdFromRef(bad, ["company-a"])).toBeNull();
    }
  });
});
