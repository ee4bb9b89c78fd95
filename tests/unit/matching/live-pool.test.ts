// The patchable candidate pool must rank exactly like a pool compiled from scratch, whatever the
// history of changes that led to its current contents (the openings pool: live-openings.test.ts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  compileCandidates,
  compileOpening,
  explainPair,
  LiveCandidatePool,
  rankKeysForOpening,
  slotOfKey,
  unlockAdvice,
  type Candidate,
  type CandidatePool,
  type Opening,
} from "../../../lib/matching";
import { candidateArb, NEED_CODES, openingArb, pickFrom, POSTAL, SKILLS } from "./live-arbitraries";

type Op =
  | { kind: "insert"; c: Candidate }
  | { kind: "update"; pick: number; c: Candidate }
  | { kind: "hide"; pick: number }
  | { kind: "delete"; pick: number }
  | { kind: "reinsert"; pick: number; fresh: boolean; c: Candidate };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("insert" as const), c: candidateArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("update" as const), pick: fc.nat(), c: candidateArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("hide" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reinsert" as const), pick: fc.nat(), fresh: fc.boolean(), c: candidateArb }) },
);


/** Applies the operations to a live pool and to a plain model; checks slot stability on the way. */
function replay(ops: readonly Op[]) {
  const live = new LiveCandidatePool(1); // tiny capacity: the first append already grows every array
  const current = new Map<string, Candidate>();
  const removed = new Map<string, Candidate>();
  const slotEver = new Map<string, number>();
  const put = (c: Candidate) => {
    const slot = live.upsert(c);
    const before = slotEver.get(c.id);
    // A candidate keeps its slot for the life of the pool, through updates and removals.
    if (before !== undefined) expect(slot).toBe(before);
    slotEver.set(c.id, slot);
    current.set(c.id, c);
    removed.delete(c.id);
  };
  const drop = (id: string, twice: boolean) => {
    expect(live.remove(id)).toBe(true);
    if (twice) expect(live.remove(id)).toBe(false);
    removed.set(id, current.get(id) as Candidate);
    current.delete(id);
    expect(live.slotOf(id)).toBe(-1);
  };
  for (const op of ops) {
    const liveIds = [...current.keys()];
    switch (op.kind) {
      case "insert":
        put(op.c); // a colliding id replaces (or re-inserts) that candidate, as upsert says
        break;
      case "update": {
        const id = pickFrom(liveIds, op.pick);
        if (id !== undefined) put({ ...op.c, id });
        break;
      }
      case "hide":
      case "delete": {
        const id = pickFrom(liveIds, op.pick);
        if (id !== undefined) drop(id, op.kind === "delete");
        else expect(live.remove("never-inserted")).toBe(false);
        break;
      }
      case "reinsert": {
        const id = pickFrom([...removed.keys()], op.pick);
        if (id !== undefined) put(op.fresh ? { ...op.c, id } : (removed.get(id) as Candidate));
        break;
      }
    }
  }
  return { live, current: [...current.values()] };
}

function checkStructure(live: LiveCandidatePool, current: readonly Candidate[]) {
  expect(live.size).toBe(current.length);
  const inOrder = Array.from(live.order.subarray(0, live.size), (slot) => live.ids[slot]);
  const sorted = current.map((c) => c.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  expect(inOrder).toEqual(sorted);
  for (const c of current) {
    const slot = live.slotOf(c.id);
    expect(slot).toBeGreaterThanOrEqual(0);
    const back = live.candidateAt(slot);
    expect(back.id).toBe(c.id);
    expect(back.postalCode).toBe(c.postalCode);
    expect(back.maxCommuteKm).toBe(c.maxCommuteKm);
    expect(back.weeklyHours).toEqual(c.weeklyHours);
  }
}

type Row = [id: string, eligible: boolean, score: number, blockers: string[]];

function rows(pool: CandidatePool, o: ReturnType<typeof compileOpening>, keys: Float64Array): Row[] {
  return Array.from(keys, (key) => {
    const slot = slotOfKey(pool, key);
    const e = explainPair(o, pool, slot);
    return [pool.ids[slot] ?? "?", e.eligible, e.score, e.blockers.map((b) => b.code)];
  });
}

function compareRankings(live: LiveCandidatePool, current: readonly Candidate[], openings: readonly Opening[]) {
  const ref = compileCandidates(current);
  for (const opening of openings) {
    const oLive = compileOpening(opening, live);
    const oRef = compileOpening(opening, ref);
    const keysLive = rankKeysForOpening(oLive, live);
    const keysRef = rankKeysForOpening(oRef, ref);
    // Same order, eligibility, score and blockers, candidate by candidate…
    expect(rows(live, oLive, keysLive)).toEqual(rows(ref, oRef, keysRef));
    // …and the very same sort keys (rank in id order is the tie-break in both).
    expect(Array.from(keysLive)).toEqual(Array.from(keysRef));

    const adviceLive = unlockAdvice(oLive, live);
    const adviceRef = unlockAdvice(oRef, ref);
    expect(adviceLive.eligibleNow).toBe(adviceRef.eligibleNow);
    expect(adviceLive.options).toEqual(adviceRef.options);
    expect(adviceLive.best).toEqual(adviceRef.best);
    expect(adviceLive).toEqual(adviceRef);

    for (let r = 0; r < Math.min(5, keysLive.length); r++) {
      const a = explainPair(oLive, live, slotOfKey(live, keysLive[r] as number));
      const b = explainPair(oRef, ref, slotOfKey(ref, keysRef[r] as number));
      expect(a.eligible).toBe(b.eligible);
      expect(a.score).toBe(b.score);
      expect(a.components).toEqual(b.components);
      expect(a.blockers).toEqual(b.blockers);
      expect(a.reasons).toEqual(b.reasons);
    }
  }
}

describe("LiveCandidatePool", () => {
  it("ranks like compileCandidates of the current candidates, after any sequence of changes", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), fc.array(openingArb, { minLength: 1, maxLength: 3 }), (ops, openings) => {
        const { live, current } = replay(ops);
        checkStructure(live, current);
        compareRankings(live, current, openings);
      }),
      { numRuns: 80 },
    );
  });

  it("stays equal to a rebuild at every step of a sequence", () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 15 }), openingArb, (ops, opening) => {
        for (let n = 1; n <= ops.length; n++) {
          const { live, current } = replay(ops.slice(0, n));
          compareRankings(live, current, [opening]);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("counts garbage after updates and removals, and refuses removed slots", () => {
    const live = new LiveCandidatePool(4);
    const c = (id: string, skills: string[]): Candidate => ({ id, weeklyHours: { min: 10, max: 20 }, skills, needs: [], postalCode: "1620" });
    expect(live.garbage()).toBe(0);
    live.upsert(c("b", ["excel", "word"]));
    const slotA = live.upsert(c("a", ["kok"]));
    live.upsert(c("c", ["lager"]));
    expect(live.garbage()).toBe(0);
    expect(live.candidateAt(slotA).skills).toEqual(["kok"]);

    live.upsert(c("b", ["pakning", "arkivering"])); // the old list of b becomes garbage
    const afterUpdate = live.garbage();
    expect(afterUpdate).toBeGreaterThan(0);

    expect(live.remove("a")).toBe(true);
    const afterRemove = live.garbage();
    expect(afterRemove).toBeGreaterThan(afterUpdate);
    expect(live.slotOf("a")).toBe(-1);
    expect(() => live.candidateAt(slotA)).toThrow(RangeError);
    expect(() => live.candidateAt(999)).toThrow(RangeError);
    expect(live.remove("a")).toBe(false);
    expect(live.size).toBe(2);

    // The same id takes its slot back; another id never does.
    expect(live.upsert(c("a", ["kok"]))).toBe(slotA);
    expect(live.upsert(c("d", []))).not.toBe(slotA);
    expect(live.candidateAt(slotA).id).toBe("a");
  });

  it("grows past its initial capacity with ids arriving in reverse order", () => {
    const live = new LiveCandidatePool(16);
    const all: Candidate[] = [];
    for (let i = 1500; i > 0; i--) {
      const c: Candidate = {
        id: `c${i}`,
        weeklyHours: { min: i % 20, max: (i % 20) + (i % 7) },
        skills: [SKILLS[i % SKILLS.length] as string, SKILLS[(i * 7) % SKILLS.length] as string],
        needs: i % 5 === 0 ? [{ code: NEED_CODES[i % NEED_CODES.length] as string, level: "must" }] : [],
        postalCode: POSTAL[i % POSTAL.length] as string,
        ...(i % 3 === 0 ? { maxCommuteKm: i % 40 } : {}),
      };
      all.push(c);
      live.upsert(c);
    }
    const kept = all.filter((_, k) => k % 4 !== 0);
    for (const c of all) if (!kept.includes(c)) live.remove(c.id);
    const opening: Opening = { id: "job", title: "Stilling", weeklyHours: { min: 8, max: 15 }, requiredSkills: ["excel", "kok"], accommodations: [NEED_CODES[0] as string], postalCode: "1620" };
    checkStructure(live, kept);
    compareRankings(live, kept, [opening]);
  });
});
