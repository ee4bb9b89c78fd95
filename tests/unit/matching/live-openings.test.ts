// The openings pool must rank openings for a citizen exactly like compiling the current openings
// from scratch, whatever the history of changes that led to them.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compileCandidateWith, explainPair, indexOfKey, LiveOpeningPool, rankOpeningKeys, rankOpeningsForCandidate, type Opening } from "../../../lib/matching";
import { candidateArb, openingArb, pickFrom } from "./live-arbitraries";

type OpeningOp =
  | { kind: "upsert"; o: Opening }
  | { kind: "update"; pick: number; o: Opening }
  | { kind: "remove"; pick: number }
  | { kind: "readd"; pick: number; fresh: boolean; o: Opening };

const openingOpArb: fc.Arbitrary<OpeningOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("upsert" as const), o: openingArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("update" as const), pick: fc.nat(), o: openingArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("readd" as const), pick: fc.nat(), fresh: fc.boolean(), o: openingArb }) },
);

function replayOpenings(ops: readonly OpeningOp[]) {
  const live = new LiveOpeningPool();
  const current = new Map<string, Opening>();
  const removed = new Map<string, Opening>();
  const put = (o: Opening) => {
    live.upsert(o);
    current.set(o.id, o);
    removed.delete(o.id);
  };
  for (const op of ops) {
    const ids = [...current.keys()];
    switch (op.kind) {
      case "upsert":
        put(op.o);
        break;
      case "update": {
        const id = pickFrom(ids, op.pick);
        if (id !== undefined) put({ ...op.o, id });
        break;
      }
      case "remove": {
        const id = pickFrom(ids, op.pick);
        if (id === undefined) {
          expect(live.remove("never-added")).toBe(false);
          break;
        }
        expect(live.remove(id)).toBe(true);
        expect(live.remove(id)).toBe(false);
        removed.set(id, current.get(id) as Opening);
        current.delete(id);
        break;
      }
      case "readd": {
        const id = pickFrom([...removed.keys()], op.pick);
        if (id !== undefined) put(op.fresh ? { ...op.o, id } : (removed.get(id) as Opening));
        break;
      }
    }
  }
  return { live, current: [...current.values()] };
}

describe("LiveOpeningPool", () => {
  it("ranks openings for a citizen like rankOpeningsForCandidate over the current openings", () => {
    fc.assert(
      fc.property(fc.array(openingOpArb, { maxLength: 25 }), fc.array(candidateArb, { minLength: 1, maxLength: 3 }), (ops, citizens) => {
        const { live, current } = replayOpenings(ops);
        expect(live.size).toBe(current.length);
        const sorted = current.map((o) => o.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(live.openings.map((o) => o.opening.id)).toEqual(sorted);
        for (const o of current) expect(live.openings[live.positionOf(o.id)]?.opening).toBe(o);

        for (const citizen of citizens) {
          const pool = compileCandidateWith(citizen, live.dict);
          const keys = rankOpeningKeys(pool, 0, live.openings);
          const ref = rankOpeningsForCandidate(citizen, current);
          const ids = Array.from(keys, (k) => live.openings[indexOfKey(k)]?.opening.id);
          expect(ids).toEqual(ref.map((r) => r.openingId));
          Array.from(keys).forEach((k, r) => {
            const e = explainPair(live.openings[indexOfKey(k)] as (typeof live.openings)[number], pool, 0);
            const want = ref[r];
            expect(e.eligible).toBe(want?.eligible);
            expect(e.score).toBe(want?.score);
            expect(e.components).toEqual(want?.components);
            expect(e.blockers).toEqual(want?.blockers);
            expect(e.reasons).toEqual(want?.reasons);
          });
          // A filter sees the blockers: keeping the eligible ones gives the eligible head of the ranking.
          const eligible = rankOpeningKeys(pool, 0, live.openings, (_, blockers) => blockers === 0);
          expect(Array.from(eligible, (k) => live.openings[indexOfKey(k)]?.opening.id)).toEqual(ref.filter((r) => r.eligible).map((r) => r.openingId));
        }
      }),
      { numRuns: 80 },
    );
  });
});
