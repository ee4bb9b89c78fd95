import { describe, expect, it } from "vitest";
import type { Explanation } from "@/lib/matching";
import { toEmployerFit } from "@/lib/privacy/employer-fit";

const explanation = (eligible: boolean): Explanation => ({
  eligible,
  relevant: true,
  score: eligible ? 83.4 : 0,
  components: {
    requiredSkills: { value: 1, weight: 35, points: 35 },
    preferredSkills: { value: 0.5, weight: 10, points: 5 },
    wishes: { value: 0.5, weight: 15, points: 7.5 },
    preferredNeeds: { value: 1, weight: 10, points: 10 },
    hoursFit: { value: 1, weight: 15, points: 15 },
    distance: { value: 0.63, weight: 10, points: 6.3 },
    schedule: { value: 1, weight: 5, points: 5 },
  },
  reasons: [{ code: "distance", da: "3,2 km fra 2900 til 2820", en: "3.2 km from 2900 to 2820" }],
  blockers: eligible ? [] : [{ code: "commute", da: "31,5 km fra 2900 til 4000 — over 20 km", en: "31.5 km" }],
});

describe("toEmployerFit", () => {
  it("turns the distance into a band and keeps no postal code or kilometre", () => {
    const fit = toEmployerFit(explanation(true), 3.2);
    expect(fit.reasons).toEqual([{ code: "distance", da: "Bor under 5 km fra arbejdspladsen", en: "Lives less than 5 km from the workplace" }]);
    expect(fit.components.distance).toEqual({ value: 0.6, weight: 10, points: 6 });
    expect(fit.score).toBe(83);
  });

  it.each(["unpublished", "generalised"] as const)("says nothing of the distance when %s: no band, no part of the score", (view) => {
    const near = toEmployerFit(explanation(true), 3.2, view);
    const far = toEmployerFit({ ...explanation(true), components: { ...explanation(true).components, distance: { value: 0.1, weight: 10, points: 1 } }, score: 78.1 }, 60, view);
    expect(JSON.stringify(near)).not.toMatch(/km|2820|2900/);
    expect(near.components.distance).toEqual({ value: 0, weight: 10, points: 0, hidden: true });
    expect(near.reasons[0]?.code).toBe("distance_hidden");
    // Near or far, the employer sees the same.
    expect(far).toEqual(near);
    const blocked = toEmployerFit(explanation(false), 31.5, view);
    expect(blocked.blockers).toEqual([{ code: "commute", da: "Bor længere væk, end kandidaten kan rejse", en: "Lives further away than the candidate can travel" }]);
    expect(blocked.score).toBe(0);
  });
});
