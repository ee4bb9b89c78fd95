import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  bestSingleJobHours,
  bundleProblem,
  bundlesForCandidate,
  compileCandidates,
  compileCandidateWith,
  compileOpening,
  compileOpenings,
  explainPair,
  LiveOpeningPool,
  scheduleSummary,
  type Candidate,
  type Opening,
} from "../../../lib/matching";
import { candidate, opening } from "./fixtures";
import { candidateArb, openingArb } from "./live-arbitraries";

// Odense's kindergartens: small tasks of a few hours that one citizen can do together.
const citizen = candidate({
  id: "odense-citizen",
  weeklyHours: { min: 10, max: 15 },
  availability: ["mon-morning", "wed-morning", "thu-afternoon", "fri-morning"],
  needs: [{ code: "no_heavy_lifting", level: "must" }],
  postalCode: "5000",
  maxCommuteKm: 10,
});
const small = (id: string, hours: number, schedule: string[], over: Partial<Opening> = {}) =>
  opening({ id, title: id, weeklyHours: { min: hours, max: hours }, schedule, accommodations: ["no_heavy_lifting"], postalCode: "5000", ...over });
const sweeping = small("feje", 3, ["mon-morning"]);
const benches = small("baenke", 4, ["wed-morning"]);
const bicycles = small("cykler", 5, ["thu-afternoon"]);

function bundles(c: Candidate, openings: Opening[], limit?: number) {
  const pool = compileCandidates([c]);
  return bundlesForCandidate(pool, compileOpenings(openings, pool), limit === undefined ? {} : { limit });
}

describe("bundles of small jobs", () => {
  it("combines three 3–5 h jobs on different days for a 10–15 h citizen, with the hours and days explained", () => {
    const [best, ...rest] = bundles(citizen, [sweeping, benches, bicycles]);
    expect(best).toMatchObject({ openingIds: ["baenke", "cykler", "feje"], openingHours: [4, 5, 3], hours: 12 });
    expect(best!.reasons.map((r) => r.da)).toEqual([
      "4 + 5 + 3 t = 12 t/uge; kan arbejde 10–15 t/uge",
      "Jobbene ligger ikke på samme tid: man og ons formiddag; tor eftermiddag",
      "Alle jobbene tager de hensyn, der skal til: ingen tunge løft",
    ]);
    expect(best!.reasons[0]!.en).toBe("4 + 5 + 3 h = 12 h/week; can work 10–15 h/week");
    expect(best!.reasons[1]!.en).toBe("The jobs never overlap: Mon and Wed morning; Thu afternoon");
    // The pairs come after it: none reaches her 10 hours, and each says so.
    expect(rest.map((b) => b.hours)).toEqual([9, 8, 7]);
    for (const b of rest) expect(b.reasons.map((r) => r.code)).toContain("bundle_below_min");
    expect(rest[0]!.reasons.find((r) => r.code === "bundle_below_min")!.da).toBe("Når ikke op på 10 t/uge: mangler 1 t");
  });

  it("never bundles jobs that share a slot", () => {
    const clash = small("clash", 4, ["mon-morning"]);
    const found = bundles(citizen, [sweeping, clash]);
    expect(found).toEqual([]);
    expect(bundles(citizen, [sweeping, clash, benches]).map((b) => b.openingIds)).toEqual([["baenke", "clash"], ["baenke", "feje"]]);
  });

  it("says a schedule as people do: days grouped by part of the day, in week order", () => {
    expect(scheduleSummary(["thu-afternoon", "wed-morning", "mon-morning", "bogus"], "da")).toBe("man og ons formiddag; tor eftermiddag");
    expect(scheduleSummary([], "en")).toBe("");
  });

  it("lets a job without a schedule join any bundle, and says it has flexible times", () => {
    const [best] = bundles(citizen, [sweeping, small("fri", 7, [])]);
    expect(best!.reasons.find((r) => r.code === "bundle_schedule")!.da).toBe("Jobbene ligger ikke på samme tid: man formiddag; 1 job har frie tider");
  });

  it("leaves a job without a schedule out when the other jobs take every time she can work", () => {
    const mornings = candidate({ ...citizen, availability: ["mon-morning", "wed-morning"] });
    const flexible = small("fri", 5, []);
    const found = bundles(mornings, [sweeping, benches, flexible]).map((b) => [...b.openingIds].sort().join("+"));
    expect(found.sort()).toEqual(["baenke+feje", "baenke+fri", "feje+fri"]);
    const pool = compileCandidates([mornings]);
    expect(bundleProblem(pool, 0, compileOpenings([sweeping, benches, flexible], pool))).toBe("schedule");
  });

  it("never goes over her maximum: each job counts at least its minimum", () => {
    const c = candidate({ ...citizen, weeklyHours: { min: 5, max: 8 } });
    expect(bundles(c, [small("a", 5, ["mon-morning"]), small("b", 4, ["wed-morning"])])).toEqual([]);
    // A range job gives what is left of her maximum, best job first.
    const [fit] = bundles(c, [opening({ ...small("a", 2, ["mon-morning"]), weeklyHours: { min: 2, max: 6 } }), small("b", 4, ["wed-morning"])]);
    expect(fit).toMatchObject({ hours: 8 });
    expect([...fit!.openingHours].sort()).toEqual([4, 4]);
  });

  it("never includes an ineligible job: an unmet must-need, too far away, or no shared slot", () => {
    const noNeed = small("no-need", 3, ["fri-morning"], { accommodations: [] });
    const far = small("far", 3, ["fri-morning"], { postalCode: "8000" });
    const sunday = small("sunday", 3, ["sun-morning"]);
    const found = bundles(citizen, [sweeping, benches, noNeed, far, sunday], 20);
    expect(found.map((b) => b.openingIds)).toEqual([["baenke", "feje"]]);
  });

  it("ranks by score and fill, and breaks ties by opening ids", () => {
    const twins = ["b", "a", "c"].map((id, k) => small(id, 5, [["mon-morning", "wed-morning", "fri-morning"][k]!]));
    const found = bundles(citizen, twins);
    expect(found.map((b) => b.openingIds)).toEqual([["a", "b", "c"], ["a", "b"], ["a", "c"], ["b", "c"]]);
    expect(bundles(citizen, [...twins].reverse())).toEqual(found);
    expect(bundles(citizen, twins, 2)).toEqual(found.slice(0, 2));
  });

  it("prefers a bundle that reaches her minimum over a better-scoring one that does not", () => {
    const skilled = (id: string, hours: number, slot: string) => small(id, hours, [slot], { requiredSkills: ["maling"] });
    const c = candidate({ ...citizen, skills: ["maling"] });
    const unskilled = (id: string, slot: string) => small(id, 5, [slot], { requiredSkills: ["kok"] });
    const found = bundles(c, [skilled("s1", 3, "mon-morning"), skilled("s2", 3, "wed-morning"), unskilled("u1", "thu-afternoon"), unskilled("u2", "fri-morning")], 20);
    const pair = found.find((b) => b.openingIds.join() === "s1,s2")!;
    expect(pair.hours).toBe(6);
    expect(found[0]!.hours).toBeGreaterThanOrEqual(10);
    expect(found[0]!.score).toBeLessThan(pair.score);
  });

  it("works on the live openings pool with a citizen compiled against its dictionary", () => {
    const live = new LiveOpeningPool();
    for (const o of [bicycles, sweeping, benches]) live.upsert(o);
    const pool = compileCandidateWith(citizen, live.dict);
    expect(bundlesForCandidate(pool, live.openings)[0]!.openingIds).toEqual(["baenke", "cykler", "feje"]);
    expect(bestSingleJobHours(pool, 0, live.openings)).toBe(0);
    live.upsert(small("stor", 12, ["fri-morning"], { weeklyHours: { min: 10, max: 12 } }));
    expect(bestSingleJobHours(pool, 0, live.openings)).toBe(12);
  });

  it("names the rule a proposed bundle breaks, for the server's re-check", () => {
    const pool = compileCandidates([citizen]);
    const [s, b, c, clash, noNeed] = [sweeping, benches, bicycles, small("clash", 1, ["mon-morning"]), small("x", 1, ["fri-morning"], { accommodations: [] })].map((o) => compileOpening(o, pool));
    expect(bundleProblem(pool, 0, [s!, b!, c!])).toBeNull();
    expect(bundleProblem(pool, 0, [s!])).toBe("size");
    expect(bundleProblem(pool, 0, [s!, b!, c!, clash!])).toBe("size");
    expect(bundleProblem(pool, 0, [s!, s!])).toBe("duplicate");
    expect(bundleProblem(pool, 0, [s!, noNeed!])).toBe("ineligible");
    expect(bundleProblem(pool, 0, [s!, clash!])).toBe("schedule");
    const tight = compileCandidates([{ ...citizen, weeklyHours: { min: 5, max: 8 } }]);
    expect(bundleProblem(tight, 0, compileOpenings([benches, bicycles], tight))).toBe("hours");
  });
});

// Small jobs (0.5–6 h) mixed with any job of the shared arbitraries, for a random citizen.
const smallOpeningArb = fc
  .tuple(openingArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 4 }))
  .map(([o, min, extra]): Opening => ({ ...o, weeklyHours: { min: min / 2, max: (min + extra) / 2 } }));
const openingsArb = fc.uniqueArray(fc.oneof(smallOpeningArb, smallOpeningArb, openingArb), { selector: (o) => o.id, minLength: 2, maxLength: 14 });
// Half of the citizens have no needs, times or commute limit, so that many inputs have bundles.
const citizenArb = fc.tuple(candidateArb, fc.integer({ min: 0, max: 40 }), fc.boolean()).map(([c, max, easy]): Candidate => {
  const hours = { weeklyHours: { min: Math.min(c.weeklyHours.min, max / 2), max: max / 2 } };
  return easy ? { id: c.id, skills: c.skills, postalCode: c.postalCode, needs: [], ...hours } : { ...c, ...hours };
});

function solve(c: Candidate, openings: Opening[], options: { limit?: number; keep?: number } = {}) {
  const pool = compileCandidates([c]);
  const compiled = compileOpenings(openings, pool);
  return { pool, compiled, found: bundlesForCandidate(pool, compiled, { limit: 50, ...options }) };
}

describe("bundle properties", () => {
  it("are 2–3 distinct fitting openings, within her maximum, with no shared slot and no unmet must-need", () => {
    fc.assert(
      fc.property(citizenArb, openingsArb, (c, openings) => {
        const { pool, compiled, found } = solve(c, openings);
        const byId = new Map(compiled.map((o) => [o.opening.id, o]));
        for (const b of found) {
          const chosen = b.openingIds.map((id) => byId.get(id)!);
          expect(b.openingIds.length).toBeGreaterThanOrEqual(2);
          expect(b.openingIds.length).toBeLessThanOrEqual(3);
          expect(new Set(b.openingIds).size).toBe(b.openingIds.length);
          expect(bundleProblem(pool, 0, chosen)).toBeNull();
          // Checked again from the input shapes, not from the compiled bits.
          expect(chosen.reduce((sum, o) => sum + o.opening.weeklyHours.min, 0)).toBeLessThanOrEqual(c.weeklyHours.max);
          expect(b.hours).toBeLessThanOrEqual(c.weeklyHours.max);
          expect(b.hours).toBe(b.openingHours.reduce((x, y) => x + y, 0));
          chosen.forEach((o, k) => {
            expect(b.openingHours[k]).toBeGreaterThanOrEqual(o.opening.weeklyHours.min);
            expect(b.openingHours[k]).toBeLessThanOrEqual(o.opening.weeklyHours.max);
            // Every rule but hours holds for each job alone: no need, commute or schedule blocker.
            expect(explainPair(o, pool, 0).blockers.map((m) => m.code).filter((code) => code !== "hours")).toEqual([]);
          });
          const schedules = chosen.map((o) => new Set(o.opening.schedule ?? []));
          schedules.forEach((a, i) => schedules.slice(i + 1).forEach((other) => expect([...a].filter((s) => other.has(s))).toEqual([])));
          // Each job without a schedule has a time of hers that the scheduled jobs leave free.
          const free = [...new Set(c.availability ?? [])].filter((s) => !schedules.some((set) => set.has(s)));
          if ((c.availability ?? []).length > 0) expect(free.length).toBeGreaterThanOrEqual(schedules.filter((set) => set.size === 0).length);
          expect(b.score).toBeGreaterThanOrEqual(0);
          expect(b.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("finds every valid bundle when nothing is cut, and is deterministic in any input order", () => {
    fc.assert(
      fc.property(citizenArb, openingsArb, (c, openings) => {
        const { pool, compiled, found } = solve(c, openings, { limit: 1000, keep: 1000 });
        let valid = 0;
        compiled.forEach((a, i) =>
          compiled.slice(i + 1).forEach((b, j) => {
            if (bundleProblem(pool, 0, [a, b]) === null) valid++;
            for (const third of compiled.slice(i + j + 2)) if (bundleProblem(pool, 0, [a, b, third]) === null) valid++;
          }),
        );
        expect(found).toHaveLength(valid);
        expect(new Set(found.map((b) => [...b.openingIds].sort().join("\n"))).size).toBe(found.length);
        expect(solve(c, [...openings].reverse(), { limit: 1000, keep: 1000 }).found).toEqual(found);
        expect(solve(c, openings, { limit: 3 }).found).toEqual(solve(c, openings, { limit: 50 }).found.slice(0, 3));
      }),
    );
  });

  it("ranks bundles that reach her minimum first, then by score", () => {
    fc.assert(
      fc.property(citizenArb, openingsArb, (c, openings) => {
        const ranks = solve(c, openings).found.map((b) => [b.hours >= c.weeklyHours.min ? 1 : 0, b.score] as const);
        ranks.slice(1).forEach(([reaches, score], k) => {
          const [prevReaches, prevScore] = ranks[k]!;
          expect(reaches <= prevReaches).toBe(true);
          if (reaches === prevReaches) expect(score).toBeLessThanOrEqual(prevScore);
        });
      }),
    );
  });
});
