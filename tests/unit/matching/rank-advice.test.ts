import { describe, expect, it } from "vitest";
import { rankCandidatesForOpening, rankOpeningsForCandidate, unlockAdvice } from "../../../lib/matching";
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
    candidate({ id: "mini-quiet", weeklyHours: { min: 2, max: 4 }, needs: [{ code: "quiet_environment", level: "must" }] }),
  ];
  const advice = unlockAdvice(o, pool);

  it("finds the accommodation that unlocks the most candidates", () => {
    expect(advice.eligibleNow).toBe(1);
    expect(advice.best).toMatchObject({ kind: "offer_accommodation", code: "quiet_environment", unlocks: 2 });
    const tempo = advice.options.find((x) => x.kind === "offer_accommodation" && x.code === "low_tempo");
    expect(tempo?.unlocks).toBe(1);
  });

  it("counts widening the hours, with the new bound", () => {
    expect(advice.options).toContainEqual({ kind: "lower_min_hours", from: 10, to: 4, unlocks: 1 });
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
