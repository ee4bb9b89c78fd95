import { describe, expect, it } from "vitest";
import { COMPLETENESS_PARTS, profileCompleteness, type CompletenessInput } from "@/lib/profile/completeness";

const empty: CompletenessInput = {
  headline: "", summary: " ", skills: [], wishOccupations: [], wishIndustries: [], openToNewField: false,
  postalCode: "", onboardingDoneAt: null, experienceCount: 0, educationCount: 0,
};

describe("profileCompleteness", () => {
  it("counts nothing for a fresh profile and lists every part as missing", () => {
    expect(profileCompleteness(empty)).toEqual({ percent: 0, missing: [...COMPLETENESS_PARTS] });
  });

  it("reaches 100 % when every part is filled", () => {
    const full = { ...empty, headline: "Kok", summary: "Glad for børn", skills: ["madlavning"], wishIndustries: ["daginstitution"], postalCode: "2900", onboardingDoneAt: new Date(0), educationCount: 1 };
    expect(profileCompleteness(full)).toEqual({ percent: 100, missing: [] });
  });

  it("accepts openness to a new field as an answer to wishes, and education as background", () => {
    const result = profileCompleteness({ ...empty, openToNewField: true, educationCount: 2 });
    expect(result.missing).not.toContain("wishes");
    expect(result.missing).not.toContain("background");
    expect(result.percent).toBe(29);
  });

  it("does not take a malformed postal code as a place", () => {
    expect(profileCompleteness({ ...empty, postalCode: "29" }).missing).toContain("place");
  });
});
