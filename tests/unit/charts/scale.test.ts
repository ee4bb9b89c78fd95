import { describe, expect, it } from "vitest";
import { shownTicks, yScale } from "@/components/charts/scale";
import { formatMonth, formatMonthTick, formatNumber } from "@/lib/results/format";

describe("the charts' y axis", () => {
  it("counts in whole steps only", () => {
    // The hires chart said "2.5" and "7.5" hires before.
    expect(yScale([1, 4, 2, 6, 3], { integer: true })).toEqual({ top: 6, ticks: [0, 2, 4, 6] });
    expect(yScale([1, 2, 3], { integer: true })).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(yScale([0, 0], { integer: true })).toEqual({ top: 1, ticks: [0, 1] });
    expect(yScale([7, 23], { integer: true })).toEqual({ top: 30, ticks: [0, 10, 20, 30] });
    for (const max of [1, 2, 3, 5, 9, 11, 17, 40, 99, 250, 1234]) {
      const { top, ticks } = yScale([max], { integer: true });
      expect(ticks.every(Number.isInteger), `max ${max}: ${ticks}`).toBe(true);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it("divides a fixed top (percent) in four", () => {
    expect(yScale([12.5, 30], { max: 100 })).toEqual({ top: 100, ticks: [0, 25, 50, 75, 100] });
  });
});

describe("the charts' x axis", () => {
  it("shows every label when few, else evenly spaced ones ending at the newest month", () => {
    expect(shownTicks(12, 12)).toHaveLength(12);
    expect(shownTicks(12, 4)).toEqual([2, 5, 8, 11]);
    expect(shownTicks(3, 4)).toEqual([0, 1, 2]);
  });

  it("labels a month short, with the year apart, in the page's language", () => {
    expect(formatMonthTick("2025-11", "da")).toEqual({ tick: "nov.", tickGroup: "2025" });
    expect(formatMonthTick("2026-05", "da")).toEqual({ tick: "maj", tickGroup: "2026" });
    expect(formatMonthTick("2026-05", "en")).toEqual({ tick: "May", tickGroup: "2026" });
    expect(formatMonth("2025-11", "da")).toBe("nov. 2025");
  });

  it("writes numbers the Danish way", () => {
    expect(formatNumber(2.5, "da")).toBe("2,5");
    expect(formatNumber(1234, "da")).toBe("1.234");
    expect(formatNumber(2.5, "en")).toBe("2.5");
  });
});
