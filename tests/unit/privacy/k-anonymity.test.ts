import { describe, expect, it } from "vitest";
import { areaLabels, areaText, matchesArea, type AreaSubject } from "@/lib/privacy/k-anonymity";

let n = 0;
function person(municipalityId: string, region: string, mustNeeds: string[] = []): AreaSubject {
  return { id: `p${n++}`, municipalityId, municipalityName: `${municipalityId} Kommune`, region, mustNeeds };
}
const many = (count: number, make: () => AreaSubject) => Array.from({ length: count }, make);

describe("k-anonymous area labels", () => {
  it("shows the municipality when at least k people share municipality and MUST needs", () => {
    const pool = many(3, () => person("gentofte", "Region H", ["quiet_environment"]));
    const labels = areaLabels(pool);
    for (const p of pool) expect(labels.get(p.id)).toMatchObject({ level: "municipality", name: "gentofte Kommune" });
  });

  it("treats needs as a set: order and repeats do not split a group", () => {
    const pool = [
      person("gentofte", "Region H", ["a_code", "b_code"]),
      person("gentofte", "Region H", ["b_code", "a_code"]),
      person("gentofte", "Region H", ["a_code", "b_code", "a_code"]),
    ];
    expect([...areaLabels(pool).values()].every((l) => l.level === "municipality")).toBe(true);
  });

  it("generalises a rare combination to the region when the region has k such people", () => {
    const rare = [person("gentofte", "Region H", ["step_free_access"]), person("lyngby", "Region H", ["step_free_access"]), person("gladsaxe", "Region H", ["step_free_access"])];
    const common = many(3, () => person("gentofte", "Region H"));
    const labels = areaLabels([...rare, ...common]);
    for (const p of rare) expect(labels.get(p.id)).toEqual({ level: "region", name: "Region H", region: "Region H" });
    for (const p of common) expect(labels.get(p.id)?.level).toBe("municipality");
  });

  it("counts only the generalised people at region level, and falls back to the country", () => {
    // Three in Gentofte with the need keep their municipality; the one in Lyngby cannot hide
    // among them (the employer sees they are in Gentofte), so it goes to the country level.
    const gentofte = many(3, () => person("gentofte", "Region H", ["step_free_access"]));
    const lonely = person("lyngby", "Region H", ["step_free_access"]);
    const labels = areaLabels([...gentofte, lonely]);
    expect(labels.get(lonely.id)).toEqual({ level: "country" });
    for (const p of gentofte) expect(labels.get(p.id)?.level).toBe("municipality");
  });

  it("goes straight to the country when the municipality has no region", () => {
    const p = person("x", "", ["quiet_environment"]);
    expect(areaLabels([p, person("x", "", ["quiet_environment"])]).get(p.id)).toEqual({ level: "country" });
  });

  it("honours another k", () => {
    const pool = many(2, () => person("gentofte", "Region H"));
    expect(areaLabels(pool, 2).get(pool[0]!.id)?.level).toBe("municipality");
    expect(areaLabels(pool, 3).get(pool[0]!.id)?.level).toBe("country");
  });

  it("every shown (area, needs) pair is shared by at least k people, on random pools", () => {
    const municipalities = ["a", "b", "c", "d", "e", "f"];
    const needs = ["n1", "n2", "n3"];
    let seed = 7;
    const rand = (max: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % max);
    for (let round = 0; round < 50; round++) {
      const pool = many(rand(40) + 1, () => {
        const m = municipalities[rand(municipalities.length)]!;
        return person(m, m < "d" ? "R1" : "R2", needs.filter(() => rand(3) === 0));
      });
      const labels = areaLabels(pool);
      const shown = new Map<string, number>();
      const keyOf = (p: AreaSubject) => `${areaText(labels.get(p.id), "DK")}|${[...new Set(p.mustNeeds)].sort().join(",")}`;
      for (const p of pool) shown.set(keyOf(p), (shown.get(keyOf(p)) ?? 0) + 1);
      for (const p of pool) if (labels.get(p.id)?.level !== "country") expect(shown.get(keyOf(p))).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("area filter", () => {
  const label = { level: "municipality", name: "Gentofte", municipalityId: "m1", region: "Region H" } as const;
  it("matches a municipality only on a municipality label, a region on both levels, never the country", () => {
    expect(matchesArea(label, "m:m1")).toBe(true);
    expect(matchesArea(label, "m:m2")).toBe(false);
    expect(matchesArea(label, "r:Region H")).toBe(true);
    expect(matchesArea({ level: "region", name: "Region H", region: "Region H" }, "m:m1")).toBe(false);
    expect(matchesArea({ level: "region", name: "Region H", region: "Region H" }, "r:Region H")).toBe(true);
    expect(matchesArea({ level: "country" }, "r:Region H")).toBe(false);
    expect(matchesArea(label, "Gentofte")).toBe(false);
  });

  it("words the country in the reader's language", () => {
    expect(areaText({ level: "country" }, "Danmark")).toBe("Danmark");
    expect(areaText(label, "Danmark")).toBe("Gentofte");
  });
});
