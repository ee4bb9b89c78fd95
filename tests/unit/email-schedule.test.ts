import da from "@/messages/da/emailSettings.json";
import en from "@/messages/en/emailSettings.json";
import { describe, expect, it } from "vitest";
import { startOfDanishDay } from "@/lib/i18n/format";
import { effectiveFrequencies, NOTIFICATION_TYPES, typesForRole } from "@/lib/mail/preferences";

describe("startOfDanishDay (the daily digest's cut)", () => {
  it("is Danish midnight in winter and summer, also late in the evening UTC", () => {
    expect(startOfDanishDay(new Date("2026-12-05T15:00:00Z")).toISOString()).toBe("2026-12-04T23:00:00.000Z");
    expect(startOfDanishDay(new Date("2026-12-05T23:30:00Z")).toISOString()).toBe("2026-12-05T23:00:00.000Z");
    expect(startOfDanishDay(new Date("2026-07-01T21:59:00Z")).toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("takes midnight's own offset on the days the clocks change", () => {
    expect(startOfDanishDay(new Date("2026-03-29T15:00:00Z")).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDanishDay(new Date("2026-10-25T15:00:00Z")).toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });
});

describe("e-mail preferences", () => {
  it("lets a stored choice win over the type's default, for that type only", () => {
    const defaults = effectiveFrequencies([]);
    const chosen = effectiveFrequencies([{ type: "NEW_JOB", frequency: defaults.NEW_JOB === "OFF" ? "DIGEST" : "OFF" }]);
    for (const type of NOTIFICATION_TYPES) expect(chosen[type] === defaults[type]).toBe(type !== "NEW_JOB");
  });

  it("offers every type to some role, and a citizen's job types to citizens only", () => {
    const offered = new Set((["CITIZEN", "EMPLOYER", "CONSULTANT"] as const).flatMap(typesForRole));
    expect([...offered].sort()).toEqual([...NOTIFICATION_TYPES].sort());
    expect(typesForRole("CITIZEN")).toContain("NEW_JOB");
    expect(typesForRole("EMPLOYER")).not.toContain("NEW_JOB");
    // A citizen is never offered what only the job centre gets.
    expect(typesForRole("CITIZEN")).not.toContain("FOLLOW_UP_DUE");
    expect(typesForRole("CONSULTANT")).toContain("CITIZEN_HANDED_OVER");
  });

  it("has a settings label for every type in Danish and English", () => {
    for (const type of NOTIFICATION_TYPES) {
      for (const labels of [da.typeLabels, en.typeLabels]) expect((labels as Record<string, string>)[type]?.trim(), type).toBeTruthy();
    }
  });
});
