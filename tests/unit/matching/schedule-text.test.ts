import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scheduleSummary } from "@/lib/matching";
import { SLOTS } from "@/lib/matching/vocabulary";

const weekdays = (part: string) => ["mon", "tue", "wed", "thu", "fri"].map((d) => `${d}-${part}`);

describe("scheduleSummary: the week as people say it", () => {
  it("puts the slots in part-of-day and weekday order, whatever order they come in", () => {
    // The order a card showed before: "tor formiddag, tir eftermiddag, søn formiddag".
    expect(scheduleSummary(["thu-morning", "tue-afternoon", "sun-morning"], "da")).toBe("tor og søn formiddag; tir eftermiddag");
    expect(scheduleSummary(["thu-morning", "tue-afternoon", "sun-morning"], "en")).toBe("Thu and Sun morning; Tue afternoon");
    // A real demo card: three groups, each readable on its own.
    const demo = ["mon-evening", "fri-evening", "sat-evening", "tue-morning", "wed-morning", "thu-morning", "sun-morning", "tue-afternoon", "sat-afternoon", "sun-afternoon"];
    expect(scheduleSummary(demo, "da")).toBe("tir–tor og søn formiddag; tir, lør og søn eftermiddag; man, fre og lør aften");
  });

  it("says three or more days in a row as a range", () => {
    expect(scheduleSummary(weekdays("morning"), "da")).toBe("man–fre formiddag");
    expect(scheduleSummary(weekdays("morning"), "en")).toBe("Mon–Fri morning");
    expect(scheduleSummary(["mon-morning", "tue-morning", "wed-morning", "fri-morning"], "da")).toBe("man–ons og fre formiddag");
    expect(scheduleSummary(["mon-morning", "tue-morning"], "da")).toBe("man og tir formiddag");
  });

  it("says parts of the day on the same days together", () => {
    expect(scheduleSummary([...weekdays("afternoon"), ...weekdays("morning")], "da")).toBe("man–fre formiddag og eftermiddag");
    expect(scheduleSummary([...weekdays("morning"), "sat-evening", "sun-evening"], "en")).toBe("Mon–Fri morning; Sat and Sun evening");
    expect(scheduleSummary([...weekdays("morning"), "mon-afternoon", "wed-afternoon"], "da")).toBe("man–fre formiddag; man og ons eftermiddag");
  });

  it("ignores duplicates and unknown slots, and is empty for none", () => {
    expect(scheduleSummary(["wed-night", "wed-night", "bogus", "xyz-morning"], "da")).toBe("ons nat");
    expect(scheduleSummary([], "da")).toBe("");
    expect(scheduleSummary(SLOTS, "da")).toBe("man–søn formiddag, eftermiddag, aften og nat");
  });

  it("is the same for any order of the same slots, and empty only for none (any subset of the week)", () => {
    fc.assert(
      fc.property(fc.subarray([...SLOTS]), fc.constantFrom("da" as const, "en" as const), (slots, lang) => {
        const shuffled = [...slots].reverse();
        const text = scheduleSummary(shuffled, lang);
        expect(text).toBe(scheduleSummary(slots, lang));
        expect(text === "").toBe(slots.length === 0);
      }),
    );
  });
});
