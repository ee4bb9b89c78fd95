import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { companyAlias, profileIdFromRef } from "@/lib/privacy/pseudonyms";
import { toCandidateCard, type CandidateCardSource } from "@/lib/privacy/candidate-card";

// A database row as it could look if someone widened the select by mistake: the extra,
// identifying fields must still never reach the card.
type LeakyRow = CandidateCardSource & {
  user: { name: string; email: string; phone: string };
  postalCode: string;
  cpr: string;
  needs: (CandidateCardSource["needs"][number] & { note: string })[];
};

// Each secret names its field, so one secret can never be a substring of another (a shown former
// employer's name must not be mistaken for a leaked e-mail because fast-check made them alike).
const secret = (field: string) => fc.string({ minLength: 12, maxLength: 24 }).map((s) => `SECRET-${field}-${s}-END`);

const row = fc.record({
  name: secret("name"), email: secret("email"), phone: secret("phone"), postal: secret("postal"), cpr: secret("cpr"), note: secret("note"),
  summary: secret("summary"), employerName: secret("employerName"), institution: secret("institution"),
  summaryShareable: fc.boolean(), showEmployerNames: fc.boolean(),
}).map((s): LeakyRow => ({
  id: "p1", alias: "Rolig Bøg 17", headline: "Kok", summary: s.summary, summaryShareable: s.summaryShareable,
  showEmployerNames: s.showEmployerNames, skills: ["madlavning"], wishOccupations: [], wishIndustries: [], openToNewField: false,
  hoursMin: 8, hoursMax: 12, availability: ["mon-morning"], remotePreference: "EITHER", municipality: { name: "Gentofte Kommune" },
  experience: [{ title: "Kok", employerName: s.employerName, fromYear: 2010, toYear: 2020 }],
  education: [{ title: "Kok", institution: s.institution, year: 2009 }],
  needs: [{ code: "quiet_environment", level: "MUST", note: s.note }],
  user: { name: s.name, email: s.email, phone: s.phone }, postalCode: s.postal, cpr: s.cpr,
}));

describe("the employer-facing candidate card", () => {
  it("never carries name, contact, CPR, postal code, private notes or institution", () => {
    fc.assert(
      fc.property(row, (r) => {
        const json = JSON.stringify(toCandidateCard(r, "company-a"));
        // Nor the profile id as a value: the company gets its own reference (which, being random
        // text, may happen to contain a short id's letters).
        expect(json).not.toContain(`"${r.id}"`);
        for (const value of [r.user.name, r.user.email, r.user.phone, r.postalCode, r.cpr, r.needs[0]!.note, r.education[0]!.institution!]) {
          expect(json).not.toContain(value);
        }
      }),
    );
  });

  it("shows the summary and former employers only when the citizen allowed it", () => {
    fc.assert(
      fc.property(row, (r) => {
        const card = toCandidateCard(r, "company-a");
        expect(card.summary).toBe(r.summaryShareable ? r.summary : null);
        expect(card.experience[0]!.employerName).toBe(r.showEmployerNames ? r.experience[0]!.employerName : null);
      }),
    );
  });

  it("keeps what employers need to judge fit: the company's alias, skills, hours, needs and area", () => {
    fc.assert(
      fc.property(row, (r) => {
        const card = toCandidateCard(r, "company-a");
        expect(card).toMatchObject({ alias: companyAlias("company-a", r.id), skills: r.skills, hours: { min: 8, max: 12 }, area: "Gentofte Kommune" });
        expect(profileIdFromRef(card.id, ["company-a"])).toBe(r.id);
        expect(toCandidateCard(r, "company-b").id).not.toBe(card.id);
        // The citizen's own preview keeps her profile id and stored alias.
        expect(toCandidateCard(r, null)).toMatchObject({ id: r.id, alias: r.alias });
        expect(card.needs).toEqual([{ code: "quiet_environment", level: "MUST" }]);
      }),
    );
  });
});
