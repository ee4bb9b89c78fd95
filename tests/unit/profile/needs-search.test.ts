import { describe, expect, it } from "vitest";
import { matchesQuery } from "@/app/(citizen)/citizen/profile/[step]/needs-search";

describe("searching the needs", () => {
  const lifting = ["Ingen tunge løft", "Du skal ikke løfte mere end ca. 10 kg."];

  it("finds a need by any words of its name or explanation, in any order and case", () => {
    expect(matchesQuery("tunge løft", ...lifting)).toBe(true);
    expect(matchesQuery("LØFT  tunge", ...lifting)).toBe(true);
    expect(matchesQuery("10 kg", ...lifting)).toBe(true);
  });

  it("leaves a need out when one word is missing, and shows everything for an empty search", () => {
    expect(matchesQuery("tunge pauser", ...lifting)).toBe(false);
    expect(matchesQuery("   ", ...lifting)).toBe(true);
  });
});
