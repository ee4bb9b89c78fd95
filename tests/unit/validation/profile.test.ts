import { describe, expect, it } from "vitest";
import { experienceSchema, hoursSchema, invitationSchema, needsSchema, placeSchema, skillsSchema } from "@/lib/validation/profile";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

describe("profile validation", () => {
  it("reads Danish decimal commas and accepts a mini-fleksjob of 1–2 hours", () => {
    expect(hoursSchema.parse({ hoursMin: "1", hoursMax: "1,5", availability: [] })).toEqual({ hoursMin: 1, hoursMax: 1.5, availability: [] });
  });

  it("names the field and the rule for hours that are not half-hour steps, below 1, or in the wrong order", () => {
    expect(messages(hoursSchema.safeParse({ hoursMin: "0,5", hoursMax: "2,3", availability: [] }))).toEqual([["hoursMin", "hoursMin"], ["hoursMax", "hoursStep"]]);
    expect(messages(hoursSchema.safeParse({ hoursMin: "8", hoursMax: "4", availability: [] }))).toEqual([["hoursMax", "hoursOrder"]]);
    expect(messages(hoursSchema.safeParse({ hoursMin: "", hoursMax: "otte", availability: ["mon-lunch"] }))).toEqual([["hoursMin", "hoursRequired"], ["hoursMax", "hoursNumber"], ["availability.0", "slotInvalid"]]);
  });

  it("removes control characters (NUL, the unit separator) from words and keeps Danish letters", () => {
    expect(skillsSchema.parse({ skills: [" rengøring ", "Ældrepleje"] })).toEqual({ skills: ["rengøring", "Ældrepleje"] });
    expect(skillsSchema.parse({ skills: ["lager", "kasse\u0000", "a\u001fb"] })).toEqual({ skills: ["lager", "kasse", "ab"] });
    expect(messages(skillsSchema.safeParse({ skills: ["\u0000"] }))).toEqual([["skills.0", "tagInvalid"]]);
  });

  it("accepts only known Danish postal codes and an empty commute limit", () => {
    expect(placeSchema.parse({ postalCode: " 2900 ", maxCommuteKm: "", remotePreference: "EITHER" })).toEqual({ postalCode: "2900", maxCommuteKm: null, remotePreference: "EITHER" });
    expect(messages(placeSchema.safeParse({ postalCode: "29000", maxCommuteKm: "0", remotePreference: "EITHER" }))).toEqual([["postalCode", "postalFormat"], ["maxCommuteKm", "kmRange"]]);
    expect(messages(placeSchema.safeParse({ postalCode: "0001", maxCommuteKm: "15", remotePreference: "EITHER" }))).toEqual([["postalCode", "postalUnknown"]]);
  });

  it("rejects needs outside the shared vocabulary", () => {
    expect(needsSchema.safeParse({ needs: [{ code: "quiet_environment", level: "MUST", note: "" }] }).success).toBe(true);
    expect(messages(needsSchema.safeParse({ needs: [{ code: "diagnosis_adhd", level: "MUST", note: "" }] }))).toEqual([["needs.0.code", "needInvalid"]]);
  });

  it("checks the years of an experience entry", () => {
    expect(messages(experienceSchema.safeParse({ title: " ", employerName: "", fromYear: "2019", toYear: "2012", description: "" }))).toEqual([["title", "titleRequired"], ["toYear", "yearOrder"]]);
  });

  it("asks for a long enough password, typed twice the same", () => {
    expect(messages(invitationSchema.safeParse({ token: "t".repeat(20), password: "kort", confirm: "kort" }))).toEqual([["password", "passwordShort"]]);
    expect(messages(invitationSchema.safeParse({ token: "t".repeat(20), password: "kaffe-sol-cykel", confirm: "kaffe-sol-cykle" }))).toEqual([["confirm", "passwordMismatch"]]);
  });
});
