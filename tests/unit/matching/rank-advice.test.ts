import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankCandidatesForOpening, rankOpeningsForCandidate, unlockAdvice } from "../../../lib/matching";
import { MAX_HOURS_WIDENING } from "../../../lib/matching/unlock-advice";
import { assensAdministrator, busyShop, candidate, kindergartenMini, opening, quietOffice } from "./fixtures";

describe("ranking candidates for an opening", () => {
  const o = opening({ requiredSkills: ["arkivering", "excel"], accommodations: ["quiet_environment"] });
  const pool = [
    candidate({ id: "d-half", skills: ["arkivering"] }),
    candidate({ id: "b-full", skills: ["arkivering", "regneark"] }),
    candidate({ id: "a-full", skills: ["excel", "arkivering"] }),
    candidate({ id: "z-blocked-once", skills: ["arkivering", "excel"], needs: [{ code: "low_tempo", level: "must" }] }),
    candidate({ id: "y-blocked-twice", skills: ["arkivering", "excel"], weeklyHours: { min: 30, max: 37 }, needs: [{ code: "low_tempo", level: "must" }] }),
    candidate({ id: "c-blocked-once-weak", skills: [], needs: [{ code: "low_tempo", level: "must" }] }),
  ];
  const ranked = rankCandidatesForOpening(o, pool);

  it("lists every candidate once", () => {
    expect(ranked.map((r) => r.candidateId).sort()).toEqual(pool.map((c) => c.id).sort());
  });

  it("puts eligible first by score, ties broken by id", () => {
    expect(ranked.slice(0, 3).map((r) => r.candidateId)).toEqual(["a-full", "b-full", "d-half"]);
  });

  it("puts ineligible after: fewest blockers, then what they would score", () => {
    expect(ranked.slice(3).map((r) => r.candidateId)).toEqual(["z-blocked-once", "c-blocked-once-weak", "y-blocked-twice"]);
  });

  it("honours a limit", () => {
    expect(rankCandidatesForOpening(o, pool, { limit: 2 }).map((r) => r.candidateId)).toEqual(["a-full", "b-full"]);
  });
});

describe("ranking openings for a candidate", () => {
  it("mirrors the candidate ranking: the quiet office before the busy shop", () => {
    const ranked = rankOpeningsForCandidate(assensAdministrator, [busyShop, kindergartenMini, quietOffice]);
    expect(ranked[0]?.openingId).toBe("quiet-office");
    expect(ranked[0]?.eligible).toBe(true);
    expect(ranked.at(-1)?.eligible).toBe(false);
    const shop = ranked.find((r) => r.openingId === "busy-shop");
    expect(shop?.blockers.map((b) => b.code)).toContain("need:quiet_environment");
  });
});

describe("unlock advice", () => {
  const o = opening({ id: "shop", weeklyHours: { min: 10, max: 15 }, accommodations: ["no_heavy_lifting"] });
  const pool = [
    candidate({ id: "ok" }),
    candidate({ id: "q1", needs: [{ code: "quiet_environment", level: "must" }] }),
    candidate({ id: "q2", needs: [{ code: "quiet_environment", level: "must" }, { code: "no_heavy_lifting", level: "must" }] }),
    candidate({ id: "q+t", needs: [{ code: "quiet_environment", level: "must" }, { code: "low_tempo", level: "must" }] }),
    candidate({ id: "t", needs: [{ code: "low_tempo", level: "must" }] }),
    candidate({ id: "mini", weeklyHours: { min: 2, max: 4 } }),
    candidate({ id: "part", weeklyHours: { min: 6, max: 8 } }),
    candidate({ id: "mini-quiet", weeklyHours: { min: 2, max: 4 }, needs: [{ code: "quiet_environment", level: "must" }] }),
  ];
  const advice = unlockAdvice(o, pool);

  it("finds the accommodation that unlocks the most candidates", () => {
    expect(advice.eligibleNow).toBe(1);
    expect(advice.best).toMatchObject({ kind: "offer_accommodation", code: "quiet_environment", unlocks: 2 });
    const tempo = advice.options.find((x) => x.kind === "offer_accommodation" && x.code === "low_tempo");
    expect(tempo?.unlocks).toBe(1);
  });

  it("counts widening the hours, with the new bound, only as far as is plausible", () => {
    // 10 → 8 lets "part" in; "mini" (at most 4) would need 10 → 4, more than 5 hours down.
    expect(advice.options).toContainEqual({ kind: "lower_min_hours", from: 10, to: 8, unlocks: 1 });
  });

  it("does not offer what is already offered, and lists options best first", () => {
    const codes = advice.options.flatMap((x) => (x.kind === "offer_accommodation" ? [x.code] : []));
    expect(codes).not.toContain("no_heavy_lifting");
    const unlocks = advice.options.map((x) => x.unlocks);
    expect(unlocks).toEqual([...unlocks].sort((a, b) => b - a));
  });

  it("has no best option when nobody can be unlocked by one change", () => {
    expect(unlockAdvice(o, [candidate({ id: "ok" })]).best).toBeNull();
  });
});

describe("unlock advice for hours stays a plausible widening", () => {
  const hoursOptions = (min: number, max: number, pool: [number, number][]) =>
    unlockAdvice(
      opening({ weeklyHours: { min, max } }),
      pool.map(([lo, hi], i) => candidate({ id: `c${i}`, weeklyHours: { min: lo, max: hi } })),
    ).options.filter((x) => x.kind !== "offer_accommodation");

  it("does not tell a 2–3 hour mini-job to become a 19,5-hour job (the reported case)", () => {
    expect(hoursOptions(2, 3, [[19.5, 25], [10, 15]])).toEqual([]);
    // +50 % of 3 hours is 4,5: a candidate from 4 hours is in reach, one from 5 hours is not.
    expect(hoursOptions(2, 3, [[4, 6], [5, 8], [19.5, 25]])).toEqual([{ kind: "raise_max_hours", from: 3, to: 4, unlocks: 1 }]);
  });

  it("moves a long job's hours by at most 5 hours", () => {
    expect(hoursOptions(25, 30, [[35, 37], [35.5, 37]])).toEqual([{ kind: "raise_max_hours", from: 30, to: 35, unlocks: 1 }]);
    expect(hoursOptions(20, 25, [[10, 15], [10, 14.5]])).toEqual([{ kind: "lower_min_hours", from: 20, to: 15, unlocks: 1 }]);
  });

  it("lowers a short minimum by at most half", () => {
    expect(hoursOptions(4, 6, [[1, 2], [1, 1.5]])).toEqual([{ kind: "lower_min_hours", from: 4, to: 2, unlocks: 1 }]);
  });

  it("never moves a bound further than the smaller limit, and the count is what the widened opening gets", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 74 }), fc.integer({ min: 0, max: 10 }), fc.array(fc.tuple(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: 10 })), { maxLength: 12 }), (lo, span, raw) => {
        const [min, max] = [lo / 2, (lo + span) / 2];
        const pool = raw.map(([a, b], i) => candidate({ id: `c${i}`, weeklyHours: { min: a / 2, max: (a + b) / 2 } }));
        const o = opening({ weeklyHours: { min, max } });
        const eligible = (x: typeof o) => rankCandidatesForOpening(x, pool).filter((r) => r.eligible).length;
        for (const option of unlockAdvice(o, pool).options) {
          if (option.kind === "offer_accommodation") continue;
          const bound = option.kind === "raise_max_hours" ? max : min;
          const step = Math.abs(option.to - option.from);
          expect(step).toBeLessThanOrEqual(Math.min(bound * MAX_HOURS_WIDENING.share, MAX_HOURS_WIDENING.hours));
          const widened = opening({ weeklyHours: option.kind === "raise_max_hours" ? { min, max: option.to } : { min: option.to, max } });
          expect(option.unlocks).toBe(eligible(widened) - eligible(o));
        }
      }),
      { numRuns: 200 },
    );
  });
});
