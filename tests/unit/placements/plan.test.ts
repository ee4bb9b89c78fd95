import { describe, expect, it } from "vitest";
import {
  addMonths, dueState, formatRampUpPlan, parseDay, parseRampUpPlan, praktikFollowUpDates, retentionFollowUpDates, toRampUpPlan,
} from "@/lib/placements/plan";
import { hireSchema, hoursSchema, startPraktikSchema } from "@/lib/validation/placement";

const d = (s: string) => parseDay(s)!;
const day = (date: Date) => date.toISOString().slice(0, 10);

describe("calendar days", () => {
  it("reads only real days", () => {
    expect(day(d("2030-04-01"))).toBe("2030-04-01");
    expect(parseDay("2030-02-30")).toBeNull();
    expect(parseDay("1/4/2030")).toBeNull();
    expect(day(d("2028-02-29"))).toBe("2028-02-29");
  });

  it("adds months and clamps to the last day of a shorter month", () => {
    expect(day(addMonths(d("2030-01-31"), 1))).toBe("2030-02-28");
    expect(day(addMonths(d("2028-01-31"), 1))).toBe("2028-02-29");
    expect(day(addMonths(d("2030-08-31"), 3))).toBe("2030-11-30");
    expect(day(addMonths(d("2030-10-15"), 3))).toBe("2031-01-15");
  });
});

describe("follow-up dates", () => {
  it("puts the praktik follow-ups halfway (rounded down) and on the last day", () => {
    expect(praktikFollowUpDates(d("2030-04-01"), d("2030-04-29"))).toEqual({ halfway: d("2030-04-15"), end: d("2030-04-29") });
    expect(praktikFollowUpDates(d("2030-04-01"), d("2030-04-04")).halfway).toEqual(d("2030-04-02"));
    expect(praktikFollowUpDates(d("2030-04-01"), d("2030-04-01"))).toEqual({ halfway: d("2030-04-01"), end: d("2030-04-01") });
    // Across the change to summer time the days still count whole.
    expect(day(praktikFollowUpDates(d("2030-03-20"), d("2030-04-09")).halfway)).toBe("2030-03-30");
  });

  it("puts the retention check-ins 1, 3 and 6 months after the first day", () => {
    expect(retentionFollowUpDates(d("2030-08-31"))).toEqual({ m1: d("2030-09-30"), m3: d("2030-11-30"), m6: d("2031-02-28") });
    expect(retentionFollowUpDates(d("2030-05-10"))).toEqual({ m1: d("2030-06-10"), m3: d("2030-08-10"), m6: d("2030-11-10") });
  });

  it("says when a follow-up is overdue, due today or due soon, by the Copenhagen date", () => {
    const now = new Date("2030-04-10T10:00:00Z");
    expect(dueState(d("2030-04-08"), now)).toEqual({ state: "overdue", days: 2 });
    expect(dueState(d("2030-04-10"), now)).toEqual({ state: "today", days: 0 });
    expect(dueState(d("2030-04-12"), now)).toEqual({ state: "soon", days: 2 });
    expect(dueState(d("2030-04-14"), now)).toBeNull();
    // 23:30 UTC on the 9th is already the 10th in Copenhagen.
    expect(dueState(d("2030-04-10"), new Date("2030-04-09T23:30:00Z"))).toEqual({ state: "today", days: 0 });
  });
});

describe("ramp-up plans", () => {
  it("reads plans as consultants write them, in Danish or English", () => {
    const plan = [{ sessions: 2, hoursPerSession: 2, weeks: 4 }, { sessions: 3, hoursPerSession: 3, weeks: null }];
    expect(parseRampUpPlan("2×2 t i 4 uger, derefter 3×3 t")).toEqual(plan);
    expect(parseRampUpPlan("2x2 timer i 4 uger derefter 3 x 3 t")).toEqual(plan);
    expect(parseRampUpPlan("2×2 h for 4 weeks, then 3×3 h")).toEqual(plan);
    expect(parseRampUpPlan("2x2,5 t i 1 uge; 3x3 t i 2 uger")).toEqual([{ sessions: 2, hoursPerSession: 2.5, weeks: 1 }, { sessions: 3, hoursPerSession: 3, weeks: 2 }]);
  });

  it("refuses what it cannot read or what makes no sense", () => {
    expect(parseRampUpPlan("lidt ad gangen")).toBeNull();
    expect(parseRampUpPlan("")).toBeNull();
    expect(parseRampUpPlan("8×2 t")).toBeNull(); // more than 7 days a week
    expect(parseRampUpPlan("2×2,3 t")).toBeNull(); // not half hours
    expect(parseRampUpPlan("3×3 t, derefter 2×2 t i 4 uger")).toBeNull(); // an open step must be the last
    expect(parseRampUpPlan("5×8 t")).toBeNull(); // over 37 hours a week
  });

  it("writes plans in words and reads back what it wrote", () => {
    const plan = [{ sessions: 2, hoursPerSession: 2.5, weeks: 1 }, { sessions: 3, hoursPerSession: 3, weeks: null }];
    expect(formatRampUpPlan(plan, "da")).toBe("2×2,5 t i 1 uge, derefter 3×3 t");
    expect(formatRampUpPlan(plan, "en")).toBe("2×2.5 h for 1 week, then 3×3 h");
    expect(parseRampUpPlan(formatRampUpPlan(plan, "da"))).toEqual(plan);
    expect(parseRampUpPlan(formatRampUpPlan(plan, "en"))).toEqual(plan);
  });

  it("accepts only stored plans of the right shape", () => {
    expect(toRampUpPlan([{ weeks: 4, sessions: 2, hoursPerSession: 2 }])).toEqual([{ weeks: 4, sessions: 2, hoursPerSession: 2 }]);
    expect(toRampUpPlan([])).toBeNull();
    expect(toRampUpPlan({ weeks: 4 })).toBeNull();
    expect(toRampUpPlan([{ weeks: "4", sessions: 2 }])).toBeNull();
  });
});

describe("placement forms", () => {
  it("takes weekly hours from 1 to 37 in half hours, with a Danish comma", () => {
    expect(hoursSchema.parse("7,5")).toBe(7.5);
    expect(hoursSchema.parse("37")).toBe(37);
    for (const bad of ["0,5", "37,5", "7,3", "abc", "-2"]) expect(hoursSchema.safeParse(bad).error?.issues[0]?.message).toBe("hoursInvalid");
    expect(hoursSchema.safeParse("").error?.issues[0]?.message).toBe("hoursRequired");
  });

  it("refuses a praktik that ends before it starts, and an unreadable plan", () => {
    const ok = startPraktikSchema.parse({ startAt: "2030-04-01", endAt: "2030-04-01", hoursPerWeek: "10", rampUpPlan: "" });
    expect(ok).toEqual({ startAt: d("2030-04-01"), endAt: d("2030-04-01"), hoursPerWeek: 10, rampUpPlan: null });
    const early = startPraktikSchema.safeParse({ startAt: "2030-04-02", endAt: "2030-04-01", hoursPerWeek: "10" });
    expect(early.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["endAt", "endBeforeStart"]]);
    expect(hireSchema.safeParse({ startAt: "2030-04-31", hoursPerWeek: "10" }).error?.issues[0]?.message).toBe("dateInvalid");
    expect(hireSchema.safeParse({ startAt: "2030-04-01", hoursPerWeek: "10", rampUpPlan: "lidt" }).error?.issues[0]?.message).toBe("planInvalid");
  });
});
