import { describe, expect, it } from "vitest";
import { ACCOMMODATION_CODES, SLOTS } from "@/lib/matching/vocabulary";
import { buildDemoCitizens } from "@/tests/factories/citizens";
import { consultants, municipalities } from "@/tests/factories/demo-people";
import { storyEmployers } from "@/tests/factories/story-employers";

describe("demo data factories", () => {
  const citizens = buildDemoCitizens(48);

  it("is reproducible for the same seed and differs for another", () => {
    expect(buildDemoCitizens(48)).toEqual(citizens);
    expect(buildDemoCitizens(48, 7).slice(10).map((c) => c.user.name)).not.toEqual(citizens.slice(10).map((c) => c.user.name));
  });

  it("builds at least 40 citizens with unique ids, e-mails and aliases that are not their names", () => {
    expect(citizens.length).toBeGreaterThanOrEqual(40);
    for (const field of [(c: (typeof citizens)[0]) => c.id, (c: (typeof citizens)[0]) => c.user.email, (c: (typeof citizens)[0]) => c.alias]) {
      expect(new Set(citizens.map(field)).size).toBe(citizens.length);
    }
    for (const c of citizens) {
      for (const part of c.user.name.split(" ")) expect(c.alias).not.toContain(part);
    }
  });

  it("keeps hours between 1 and 30 in half-hour steps, and min ≤ max", () => {
    for (const c of citizens) {
      expect(c.hoursMin).toBeGreaterThanOrEqual(1);
      expect(c.hoursMax).toBeLessThanOrEqual(30);
      expect(c.hoursMin).toBeLessThanOrEqual(c.hoursMax);
      expect(Number.isInteger(c.hoursMin * 2) && Number.isInteger(c.hoursMax * 2)).toBe(true);
    }
    const spread = citizens.map((c) => c.hoursMin);
    expect(Math.min(...spread)).toBeLessThanOrEqual(2);
    expect(Math.max(...citizens.map((c) => c.hoursMax))).toBeGreaterThanOrEqual(15);
  });

  it("uses only vocabulary codes, valid slots and the demo's municipalities and consultants", () => {
    const municipalityCodes = municipalities.map((m) => m.code as string);
    for (const c of citizens) {
      for (const need of c.needs) expect(ACCOMMODATION_CODES).toContain(need.code);
      for (const slot of c.availability) expect(SLOTS).toContain(slot);
      expect(municipalityCodes).toContain(c.municipalityCode);
      const consultant = consultants.find((k) => k.email === c.consultantEmail);
      expect(consultant?.municipalityCode).toBe(c.municipalityCode);
    }
  });

  it("builds at least 10 employers with 20 openings, valid CVRs and vocabulary accommodations", () => {
    const employers = storyEmployers();
    expect(employers.length).toBeGreaterThanOrEqual(10);
    const openings = employers.flatMap((e) => e.openings);
    expect(openings.length).toBeGreaterThanOrEqual(20);
    for (const e of employers) expect(e.cvr).toMatch(/^\d{8}$/);
    for (const o of openings) {
      for (const code of o.accommodations) expect(ACCOMMODATION_CODES).toContain(code);
      for (const slot of o.schedule) expect(SLOTS).toContain(slot);
      expect(o.hoursMin).toBeLessThanOrEqual(o.hoursMax);
    }
  });
});
