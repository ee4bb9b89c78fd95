import { describe, expect, it } from "vitest";
import { colleagueInviteSchema } from "@/lib/validation/company";
import { articleSchema, companyNoteSchema, copenhagenLocalToUtc } from "@/lib/validation/content";
import { formStrings } from "@/lib/validation/form";
import { parseDay } from "@/lib/placements/plan";
import { cleanString, stripControlCharacters } from "@/lib/validation/common";
import { inviteeNameSchema } from "@/lib/validation/invitation";
import { messageBodySchema } from "@/lib/validation/match";
import { endSchema } from "@/lib/validation/placement";
import { aboutSchema } from "@/lib/validation/profile";

// PostgreSQL cannot store a NUL byte: text with one ended as a database error and an HTTP 500.
// Every schema of typed text starts from cleanString, which removes control characters first.
const NUL = "\u0000";

describe("control characters in typed text", () => {
  it("are removed, except tab and line breaks, which text may hold", () => {
    expect(stripControlCharacters(`a${NUL}b\u0007c\u001Fd\u007F`)).toBe("abcd");
    expect(stripControlCharacters("linje 1\r\nlinje 2\tfane")).toBe("linje 1\r\nlinje 2\tfane");
    expect(stripControlCharacters("Ærø og Ålborg — “citat” 😀")).toBe("Ærø og Ålborg — “citat” 😀");
  });

  it("are gone before length and required checks, in every kind of form", () => {
    expect(cleanString().trim().min(1).safeParse(` ${NUL} `).success).toBe(false);
    expect(messageBodySchema.parse(`Hej${NUL} med dig`)).toBe("Hej med dig");
    expect(aboutSchema.parse({ headline: `Kok${NUL}`, summary: `Glad${NUL}`, status: "SEEKING" })).toMatchObject({ headline: "Kok", summary: "Glad" });
    expect(articleSchema.parse({ title: `Titel${NUL}`, summary: "", body: `Tekst${NUL}`, videoUrl: "", audience: "ALL" })).toMatchObject({ title: "Titel", body: "Tekst" });
    expect(companyNoteSchema.parse({ employerId: "e1", body: `Note${NUL}` }).body).toBe("Note");
    expect(endSchema.parse({ reason: `Flyttede${NUL}` }).reason).toBe("Flyttede");
    expect(inviteeNameSchema.parse(`Nina${NUL} Berg`)).toBe("Nina Berg");
    expect(colleagueInviteSchema.parse({ name: `Lars${NUL}`, email: `lars${NUL}@firma.dk` })).toMatchObject({ name: "Lars", email: "lars@firma.dk" });
  });
});

describe("other input that has no business in the database", () => {
  it("removes bidirectional overrides, which make a title read backwards", () => {
    expect(stripControlCharacters("Rengøring \u202Egnirøgner\u202C og \u2066mere\u2069")).toBe("Rengøring gnirøgner og mere");
  });

  it("refuses dates outside 2000–2100 (year 9999 is a typo)", () => {
    expect(copenhagenLocalToUtc("9999-06-01T10:00")).toBeNull();
    expect(copenhagenLocalToUtc("1999-12-31T10:00")).toBeNull();
    expect(copenhagenLocalToUtc("2027-06-01T10:00")).toEqual(new Date("2027-06-01T08:00:00Z"));
    expect(parseDay("9999-01-01")).toBeNull();
    expect(parseDay("2027-01-31")).toEqual(new Date("2027-01-31T00:00:00Z"));
  });

  it("does not echo a forged 200 KB value back whole", () => {
    const form = new FormData();
    form.set("title", "x".repeat(200_000));
    form.set("short", "kort");
    const echoed = formStrings(form);
    expect(echoed.title?.length).toBe(20_000);
    expect(echoed.short).toBe("kort");
  });
});
