import { describe, expect, it } from "vitest";
import { rankCandidatesForOpening, type Candidate, type Opening } from "../../../lib/matching";
import { assensAdministrator, busyShop, candidate, kindergartenMini, opening, quietOffice } from "./fixtures";

function match(o: Opening, c: Candidate) {
  const [result] = rankCandidatesForOpening(o, [c]);
  if (!result) throw new Error("no result");
  return result;
}

const codes = (msgs: { code: string }[]) => msgs.map((m) => m.code);

describe("story: the 15-h administrator from Assens and a busy 30-h shop job", () => {
  const result = match(busyShop, assensAdministrator);

  it("is ineligible with both the hours and the accommodation blockers named", () => {
    expect(result.eligible).toBe(false);
    expect(codes(result.blockers)).toEqual(expect.arrayContaining(["hours", "need:quiet_environment", "need:low_tempo"]));
  });

  it("explains the blockers in plain Danish and English", () => {
    const hours = result.blockers.find((b) => b.code === "hours");
    expect(hours?.da).toBe("Kan arbejde 15 t/uge; stillingen kræver 30–37 t/uge");
    expect(hours?.en).toBe("Can work 15 h/week; the job needs 30–37 h/week");
    const quiet = result.blockers.find((b) => b.code === "need:quiet_environment");
    expect(quiet?.da).toMatch(/^Behøver rolige omgivelser.* — tilbydes ikke$/);
    expect(quiet?.en).toMatch(/^Needs quiet surroundings.* — not offered$/);
  });

  it("gets a matching structured office job instead", () => {
    const office = match(quietOffice, assensAdministrator);
    expect(office.eligible).toBe(true);
    expect(office.blockers).toEqual([]);
    expect(office.reasons.find((r) => r.code === "hours")?.da).toBe("Kan arbejde 15 t/uge; stillingen er 10–15 t/uge");
  });
});

describe("rule 1: weekly hours must overlap", () => {
  it("accepts touching ranges at half-hour precision", () => {
    const r = match(opening({ weeklyHours: { min: 7.5, max: 10 } }), candidate({ weeklyHours: { min: 5, max: 7.5 } }));
    expect(r.eligible).toBe(true);
  });

  it("blocks a half hour gap", () => {
    const r = match(opening({ weeklyHours: { min: 8, max: 10 } }), candidate({ weeklyHours: { min: 5, max: 7.5 } }));
    expect(codes(r.blockers)).toEqual(["hours"]);
  });

  it("fits a 2–3 h mini-fleksjob for someone who can work 2 hours", () => {
    const r = match(kindergartenMini, candidate({ weeklyHours: { min: 1, max: 2 }, skills: ["maling"] }));
    expect(r.eligible).toBe(true);
  });
});

describe("rule 2: every must-need is offered", () => {
  it("blocks one blocker per unmet must-need, and ignores unmet prefer-needs", () => {
    const c = candidate({
      needs: [
        { code: "quiet_environment", level: "must" },
        { code: "no_phone_duty", level: "must" },
        { code: "extra_breaks", level: "prefer" },
      ],
    });
    const r = match(opening({ accommodations: ["quiet_environment"] }), c);
    expect(codes(r.blockers)).toEqual(["need:no_phone_duty"]);
    expect(codes(r.reasons)).toContain("prefer_missing:extra_breaks");
  });

  it("treats a remote opening as offering remote work", () => {
    const c = candidate({ needs: [{ code: "remote_work", level: "must" }] });
    expect(match(opening({ remote: false }), c).eligible).toBe(false);
    const remote = match(opening({ remote: true }), c);
    expect(remote.eligible).toBe(true);
    expect(codes(remote.reasons)).toContain("need_met:remote_work");
  });

  it("lets a remote opening meet the surroundings she controls at home, and only those (the remote rule)", () => {
    const c = candidate({
      needs: [
        { code: "quiet_environment", level: "must" },
        { code: "low_noise", level: "must" },
        { code: "adjusted_lighting", level: "must" },
        { code: "indoor_work", level: "prefer" },
      ],
    });
    expect(match(opening({ remote: false }), c).eligible).toBe(false);
    const remote = match(opening({ remote: true }), c);
    expect(remote.eligible).toBe(true);
    expect(codes(remote.reasons)).toEqual(expect.arrayContaining(["need_met:quiet_environment", "need_met:low_noise", "need_met:adjusted_lighting", "prefer_met:indoor_work"]));
    expect(remote.reasons.find((r) => r.code === "need_met:quiet_environment")?.da).toMatch(/hjemmearbejde, så kandidaten bestemmer selv omgivelserne$/);
    // A need about the job, not the room, still has to be offered.
    const tempo = candidate({ needs: [{ code: "low_tempo", level: "must" }] });
    expect(codes(match(opening({ remote: true }), tempo).blockers)).toEqual(["need:low_tempo"]);
  });

  it("treats a need marked both must and prefer as must", () => {
    const c = candidate({ needs: [{ code: "low_tempo", level: "prefer" }, { code: "low_tempo", level: "must" }] });
    expect(codes(match(opening(), c).blockers)).toEqual(["need:low_tempo"]);
  });
});

describe("rule 3: schedules share a slot when both are given", () => {
  it("blocks disjoint slots and names the job's slots", () => {
    const r = match(kindergartenMini, candidate({ weeklyHours: { min: 2, max: 3 }, availability: ["mon-evening"] }));
    const b = r.blockers.find((x) => x.code === "schedule");
    expect(b?.da).toBe("Ingen fælles tidsrum: stillingen er tir og tor formiddag");
  });

  it("treats an empty list on either side as any time", () => {
    const c = candidate({ weeklyHours: { min: 2, max: 3 }, availability: [] });
    expect(match(kindergartenMini, c).eligible).toBe(true);
    expect(match(opening({ schedule: [] }), candidate({ availability: ["sun-night"] })).eligible).toBe(true);
  });

  it("accepts one shared slot", () => {
    const c = candidate({ weeklyHours: { min: 2, max: 3 }, availability: ["thu-morning", "fri-morning"] });
    expect(match(kindergartenMini, c).eligible).toBe(true);
  });
});

describe("rule 4: commute limit unless remote", () => {
  // 1620 (København V) → 2970 (Hørsholm) is about 25 km.
  const far = opening({ postalCode: "2970" });

  it("blocks when the distance exceeds maxCommuteKm, with both numbers in the text", () => {
    const r = match(far, candidate({ postalCode: "1620", maxCommuteKm: 10 }));
    const b = r.blockers.find((x) => x.code === "commute");
    expect(b?.da).toMatch(/^\d+ km fra 1620 til 2970 — over grænsen på 10 km$/);
  });

  it("has no limit when maxCommuteKm is absent, and none for remote jobs", () => {
    expect(match(far, candidate({ postalCode: "1620" })).eligible).toBe(true);
    expect(match({ ...far, remote: true }, candidate({ postalCode: "1620", maxCommuteKm: 1 })).eligible).toBe(true);
  });

  it("warns instead of failing on an unknown postal code", () => {
    const r = match(opening({ postalCode: "1620" }), candidate({ postalCode: "0999", maxCommuteKm: 1 }));
    expect(r.eligible).toBe(true);
    const w = r.reasons.find((x) => x.code === "postal_code_unknown");
    expect(w?.da).toContain("0999");
  });
});
