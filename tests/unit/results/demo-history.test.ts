import { describe, expect, it } from "vitest";
import { computeResults } from "@/lib/results";
import { buildDemoCitizens } from "@/tests/factories/citizens";
import { planDemoHistory } from "@/tests/factories/demo-history";

// The seeded history must show the dashboard's story: Gentofte's unemployment share falls over the year.
describe("demo history", () => {
  const now = new Date("2026-11-23T20:00:00Z");
  const citizens = buildDemoCitizens(48);
  const plan = planDemoHistory(now, citizens);

  it("is deterministic", () => {
    expect(planDemoHistory(now, citizens)).toEqual(plan);
  });

  it("brings Gentofte's share from about 21 % to about 10 % without touching the demo citizen or the story citizens", () => {
    const gentofte = citizens.filter((c) => c.municipalityCode === "0157");
    const rows = [
      ...gentofte.map((c) => ({ id: c.id, createdAt: plan.createdAt.get(c.id) ?? now, lastLoginAt: null, completeness: 0 })),
      ...plan.alumni.map((a) => ({ id: `seed-citizen-alumni-${a.index}`, createdAt: a.createdAt, lastLoginAt: null, completeness: 0 })),
    ];
    const months = computeResults(rows, plan.matches, now).months;
    expect(months[0]!.sharePercent).toBeGreaterThanOrEqual(18);
    expect(months[0]!.sharePercent).toBeLessThanOrEqual(24);
    expect(months[11]!.sharePercent).toBeGreaterThanOrEqual(8);
    expect(months[11]!.sharePercent).toBeLessThanOrEqual(13);
    const untouchable = new Set(["seed-citizen-demo", "seed-citizen-7", ...citizens.filter((c) => c.id.includes("story")).map((c) => c.id)]);
    expect(plan.matches.filter((m) => untouchable.has(m.citizenId))).toEqual([]);
    expect(new Set(plan.matches.map((m) => `${m.openingId}/${m.citizenId}`)).size).toBe(plan.matches.length);
    for (const m of plan.matches) expect(m.approvedAt < m.praktikStartAt && m.praktikStartAt < m.hiredAt && m.hiredAt <= now).toBe(true);
  });
});
