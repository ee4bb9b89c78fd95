import { describe, expect, it } from "vitest";
import { areaOf, homeFor, mayEnter } from "@/lib/auth/permissions";

describe("permissions map", () => {
  it("finds the role area of a path, and only of real area prefixes", () => {
    expect(areaOf("/citizen")).toBe("/citizen");
    expect(areaOf("/employer/openings/1")).toBe("/employer");
    expect(areaOf("/citizenship")).toBeUndefined();
    expect(areaOf("/sign-in")).toBeUndefined();
  });

  it("lets each role into its own area only", () => {
    expect(mayEnter("CITIZEN", "/citizen/profile")).toBe(true);
    expect(mayEnter("CITIZEN", "/employer")).toBe(false);
    expect(mayEnter("EMPLOYER", "/consultant")).toBe(false);
    expect(mayEnter("CONSULTANT", "/citizen")).toBe(false);
    expect(mayEnter("CONSULTANT", "/consultant")).toBe(true);
  });

  it("lets everyone into public pages", () => {
    for (const role of ["CITIZEN", "EMPLOYER", "CONSULTANT", "ADMIN"] as const) {
      expect(mayEnter(role, "/accessibility")).toBe(true);
    }
  });

  it("sends each role home to an area it may enter", () => {
    for (const role of ["CITIZEN", "EMPLOYER", "CONSULTANT", "ADMIN"] as const) {
      expect(mayEnter(role, homeFor(role))).toBe(true);
    }
  });
});
