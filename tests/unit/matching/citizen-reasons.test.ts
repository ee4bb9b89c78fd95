import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { reasonWords } from "@/components/citizen-fit/reason-words";
import { ACCOMMODATION_CODES, REASON_KINDS, reasonKind, rankOpeningsForCandidate, type Message } from "@/lib/matching";
import da from "@/messages/da";
import en from "@/messages/en";
import { candidate, opening } from "./fixtures";

// Every reason and blocker the engine gives has a plain sentence for the citizen in Danish and
// English. The pairs below are built to make the engine give every kind in REASON_KINDS; the
// test checks that they do, so a new kind in the engine fails here until it has citizen wording.

const openings = [
  opening({ id: "skills", requiredSkills: ["rengøring", "kasse"], preferredSkills: ["Word"], occupation: "rengøringsassistent", industry: "rengøring", accommodations: ["low_tempo", "extra_breaks"], schedule: ["mon-morning", "tue-morning"] }),
  opening({ id: "remote", remote: true, requiredSkills: ["regneark"], accommodations: [], postalCode: "9000" }),
  opening({ id: "far", postalCode: "9000", weeklyHours: { min: 30, max: 37 }, schedule: ["sat-night"], industry: "detailhandel", occupation: "butiksassistent" }),
  opening({ id: "unknown-postal", postalCode: "0001", industry: "kontor" }),
];
const candidates = [
  candidate({ skills: ["rengøring"], wishes: { occupations: ["rengøringsassistent"] }, needs: [{ code: "low_tempo", level: "must" }, { code: "no_phone_duty", level: "prefer" }, { code: "extra_breaks", level: "prefer" }], availability: ["mon-morning"], maxCommuteKm: 20 }),
  candidate({ skills: ["regneark"], wishes: { industries: ["rengøring"] }, needs: [{ code: "quiet_environment", level: "must" }, { code: "remote_work", level: "must" }], availability: ["mon-morning"], maxCommuteKm: 20 }),
  candidate({ skills: [], wishes: { openToNewField: true }, needs: [{ code: "seated_work", level: "must" }] }),
  candidate({ skills: ["svejsning"], wishes: { occupations: ["svejser"] }, needs: [] }),
];

type Item = { m: Message; blocked: boolean };
const items: Item[] = candidates.flatMap((c) =>
  rankOpeningsForCandidate(c, openings).flatMap((r) => [...r.reasons.map((m) => ({ m, blocked: false })), ...r.blockers.map((m) => ({ m, blocked: true }))]),
);

const translators = { da: createTranslator({ locale: "da", messages: da, namespace: "jobs" }), en: createTranslator({ locale: "en", messages: en, namespace: "jobs" }) };
const say = (lang: "da" | "en", key: string, values: Record<string, string | number>) => (translators[lang] as unknown as (k: string, v: Record<string, string | number>) => string)(key, values);

describe("the citizen's wording of the engine's reasons", () => {
  it("the fixtures make the engine give every kind of reason", () => {
    expect(new Set(items.map((i) => reasonKind(i.m.code)))).toEqual(new Set(REASON_KINDS));
  });

  for (const lang of ["da", "en"] as const) {
    it(`words every reason and blocker in ${lang}, differently from the engine's note style`, () => {
      for (const { m, blocked } of items) {
        const words = reasonWords(m, blocked, lang);
        expect(words, `${m.code} (${blocked ? "blocker" : "reason"})`).not.toBeNull();
        const text = say(lang, words!.key, words!.values);
        expect(text, m.code).not.toContain("{");
        expect(text, m.code).not.toBe(`jobs.${words!.key}`);
        expect(text, m.code).not.toBe(m[lang]);
        expect(text, m.code).not.toMatch(/ — (tilbydes|offered)/);
      }
    });

    it(`has a sentence for every need that a job can offer, in ${lang}`, () => {
      for (const code of ACCOMMODATION_CODES) {
        for (const kind of ["need_met", "prefer_met"]) {
          const words = reasonWords({ code: `${kind}:${code}`, da: "", en: "", params: { how: "offered" } }, false, lang);
          const text = say(lang, words!.key, words!.values);
          expect(text, code).toMatch(/^[A-ZÆØÅ].*\.$/);
          expect(text, code).not.toContain("jobs.why");
        }
      }
    });
  }

  it("says the hours in the right number and the need in words", () => {
    const hours = { code: "hours", da: "", en: "", params: { ownMin: 1, ownMax: 1, jobMin: 1, jobMax: 3 } };
    const w = reasonWords(hours, false, "da")!;
    expect(say("da", w.key, w.values)).toBe("Jobbet er på 1–3 timer om ugen, og du kan arbejde 1 time.");
    const low = reasonWords({ code: "need_met:low_tempo", da: "", en: "", params: { how: "offered" } }, false, "da")!;
    expect(say("da", low.key, low.values)).toBe("Arbejdspladsen kan give dig ro og god tid.");
    expect(reasonWords({ code: "hours", da: "", en: "" }, false, "da")).toBeNull();
  });
});
