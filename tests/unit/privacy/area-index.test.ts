// AreaIndex keeps areaLabels() up to date one subject at a time: after any sequence of changes
// it must give exactly the labels areaLabels() computes over the live subjects from scratch.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AreaIndex } from "@/lib/privacy/area-index";
import { areaLabels, K_ANONYMITY, matchesArea, type AreaLabel, type AreaSubject } from "@/lib/privacy/k-anonymity";

// Two regions, plus municipalities without a region (they generalise straight to the country, even
// when together they have k people with the same needs).
const MUNICIPALITIES = [
  { municipalityId: "101", municipalityName: "København", region: "Region Hovedstaden" },
  { municipalityId: "157", municipalityName: "Gentofte", region: "Region Hovedstaden" },
  { municipalityId: "751", municipalityName: "Aarhus", region: "Region Midtjylland" },
  { municipalityId: "740", municipalityName: "Silkeborg", region: "Region Midtjylland" },
  { municipalityId: "998", municipalityName: "Ukendt", region: "" },
  { municipalityId: "999", municipalityName: "Udlandet", region: "" },
] as const;
const FILTERS = [
  ...MUNICIPALITIES.map((m) => `m:${m.municipalityId}`),
  "m:000",
  "r:Region Hovedstaden",
  "r:Region Midtjylland",
  "r:",
  "x:101",
  "",
];

type Subject = Omit<AreaSubject, "id">;

// Needs from a small set, in any order and with repeats; mostly none, so groups reach k = 3.
const needsArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant<string[]>([]) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom("quiet_environment", "low_tempo"), { minLength: 1, maxLength: 3 }) },
);
const subjectArb: fc.Arbitrary<Subject> = fc.record({ m: fc.constantFrom(...MUNICIPALITIES), mustNeeds: needsArb }).map(({ m, mustNeeds }) => ({ ...m, mustNeeds }));
// Mostly small keys (so they are reused), a few past the initial 1024 so the key table grows.
const keyArb = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 24 }) }, { weight: 1, arbitrary: fc.integer({ min: 1020, max: 2100 }) });

type Op = { kind: "set"; key: number; subject: Subject } | { kind: "delete"; key: number };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("set" as const), key: keyArb, subject: subjectArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), key: keyArb }) },
);

const labelKey = (l: AreaLabel) => JSON.stringify(l);

function check(index: AreaIndex, live: Map<number, Subject>, k: number) {
  const subjects: AreaSubject[] = [...live].map(([key, s]) => ({ ...s, id: String(key) }));
  const expected = areaLabels(subjects, k);
  for (const key of live.keys()) {
    const label = expected.get(String(key));
    expect(index.label(key)).toEqual(label);
    for (const filter of FILTERS) expect(index.matches(key, filter)).toBe(matchesArea(label, filter));
  }
  const shown = new Map<string, AreaLabel>();
  for (const l of expected.values()) if (l.level !== "country") shown.set(labelKey(l), l);
  const got = index.shownLabels();
  expect(got.map(labelKey).sort()).toEqual([...shown.keys()].sort());
  expect(new Set(got.map(labelKey)).size).toBe(got.length); // no label listed twice
}

/** Applies one change to the index and to the model of what is live. */
function apply(index: AreaIndex, live: Map<number, Subject>, op: Op) {
  if (op.kind === "set") {
    index.set(op.key, op.subject);
    live.set(op.key, op.subject);
  } else {
    index.delete(op.key);
    live.delete(op.key);
  }
}

function run(ops: readonly Op[], k?: number) {
  const index = k === undefined ? new AreaIndex() : new AreaIndex(k);
  const live = new Map<number, Subject>();
  for (const op of ops) {
    apply(index, live, op);
    if (op.kind === "delete") {
      // A key that holds no subject shows nothing and matches no filter.
      expect(index.label(op.key)).toEqual({ level: "country" });
      for (const filter of FILTERS) expect(index.matches(op.key, filter)).toBe(false);
    }
    check(index, live, k ?? K_ANONYMITY);
  }
}

describe("AreaIndex", () => {
  it("gives exactly the labels of areaLabels over the live subjects, after every set and delete", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => run(ops)),
      { numRuns: 100 },
    );
  });

  it("tells a newcomer exactly the label areaLabels would give her once she joins (a hidden card's preview)", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), subjectArb, (ops, newcomer) => {
        const index = new AreaIndex();
        const live = new Map<number, Subject>();
        for (const op of ops) apply(index, live, op);
        const subjects: AreaSubject[] = [...[...live].map(([key, s]) => ({ ...s, id: String(key) })), { ...newcomer, id: "newcomer" }];
        expect(index.labelIfAdded(newcomer)).toEqual(areaLabels(subjects).get("newcomer"));
      }),
      { numRuns: 200 },
    );
  });

  it("honours another k", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (ops, k) => run(ops, k)),
      { numRuns: 50 },
    );
  });

  it("moves a group between municipality, region and country as it grows and shrinks", () => {
    const index = new AreaIndex();
    const gentofte = { ...MUNICIPALITIES[1], mustNeeds: ["low_tempo"] };
    const kbh = { ...MUNICIPALITIES[0], mustNeeds: ["low_tempo"] };
    index.set(0, gentofte);
    index.set(1, gentofte);
    index.set(2, kbh);
    expect(index.label(0)).toEqual({ level: "region", name: "Region Hovedstaden", region: "Region Hovedstaden" });
    index.set(3, gentofte); // Gentofte + low tempo reaches k: its three show the municipality…
    expect(index.label(0)).toMatchObject({ level: "municipality", municipalityId: "157" });
    expect(index.label(2)).toEqual({ level: "country" }); // …and the one left in the region cannot hide
    index.delete(3);
    expect(index.label(2)).toEqual({ level: "region", name: "Region Hovedstaden", region: "Region Hovedstaden" });
    index.set(1, { ...gentofte, mustNeeds: ["low_tempo", "low_tempo"] }); // same needs as a set: no change
    expect(index.label(1)).toEqual(index.label(0));
  });
});
