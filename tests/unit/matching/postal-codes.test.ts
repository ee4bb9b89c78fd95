import { describe, expect, it } from "vitest";
import { haversineKm, POSTAL_CODES, postalCoordinates, postalDistanceKm } from "../../../lib/matching";

describe("Danish postal codes", () => {
  it("covers the country, from central Copenhagen to Skagen and Bornholm", () => {
    expect(POSTAL_CODES.length).toBeGreaterThan(1000);
    for (const code of ["1050", "2000", "2820", "5000", "6700", "8000", "9000", "9990", "3700", "4800"]) {
      expect(postalCoordinates(code), code).toBeDefined();
    }
  });

  it("places every code on Danish soil or water (latitude 54.5–58, longitude 8–15.2)", () => {
    for (const code of POSTAL_CODES) {
      const c = postalCoordinates(code);
      expect(c && c.lat > 54.5 && c.lat < 58 && c.lon > 8 && c.lon < 15.2, code).toBe(true);
    }
  });

  it("measures plausible great-circle distances", () => {
    // Copenhagen–Aarhus is about 155 km as the crow flies; Hellerup–Gentofte a few km.
    expect(postalDistanceKm("1620", "8000")).toBeGreaterThan(140);
    expect(postalDistanceKm("1620", "8000")).toBeLessThan(170);
    expect(postalDistanceKm("2900", "2820")).toBeLessThan(5);
    expect(postalDistanceKm("2900", "2900")).toBe(0);
  });

  it("is symmetric and returns undefined for an unknown code", () => {
    expect(postalDistanceKm("5000", "9000")).toBeCloseTo(postalDistanceKm("9000", "5000") ?? -1, 9);
    expect(postalDistanceKm("0999", "5000")).toBeUndefined();
    expect(haversineKm(55, 10, 55, 10)).toBe(0);
  });
});
