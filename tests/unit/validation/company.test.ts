import { describe, expect, it } from "vitest";
import { colleagueInviteSchema, companySchema } from "@/lib/validation/company";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

const valid = {
  name: " Solsikken ApS ",
  cvr: "1234 5678",
  industry: "pleje",
  address: "Strandvejen 1",
  postalCode: "2900",
  contactName: "",
  contactEmail: "",
  contactPhone: "",
};

describe("company validation", () => {
  it("strips the spaces people type in a CVR number and trims the text", () => {
    const parsed = companySchema.parse(valid);
    expect(parsed.cvr).toBe("12345678");
    expect(parsed.name).toBe("Solsikken ApS");
  });

  it("accepts a CVR number of exactly eight digits only", () => {
    expect(messages(companySchema.safeParse({ ...valid, cvr: "1234567" }))).toEqual([["cvr", "cvrFormat"]]);
    expect(messages(companySchema.safeParse({ ...valid, cvr: "123456789" }))).toEqual([["cvr", "cvrFormat"]]);
    expect(messages(companySchema.safeParse({ ...valid, cvr: "1234567a" }))).toEqual([["cvr", "cvrFormat"]]);
    expect(messages(companySchema.safeParse({ ...valid, cvr: "   " }))).toEqual([["cvr", "cvrRequired"]]);
  });

  it("requires a name, an industry and a known four-digit postal code", () => {
    expect(messages(companySchema.safeParse({ ...valid, name: " ", industry: "", postalCode: "290" }))).toEqual([
      ["name", "nameRequired"],
      ["industry", "industryRequired"],
      ["postalCode", "postalFormat"],
    ]);
    expect(messages(companySchema.safeParse({ ...valid, postalCode: "0001" }))).toEqual([["postalCode", "postalUnknown"]]);
  });

  it("leaves the contact e-mail and phone optional, but checks them when given", () => {
    const parsed = companySchema.parse({ ...valid, contactEmail: " Lone@Solsikken.DK ", contactPhone: "+45 12 34 56 78" });
    expect(parsed.contactEmail).toBe("lone@solsikken.dk");
    expect(parsed.contactPhone).toBe("+45 12 34 56 78");
    expect(messages(companySchema.safeParse({ ...valid, contactEmail: "lone@", contactPhone: "1234 567" }))).toEqual([
      ["contactEmail", "emailInvalid"],
      ["contactPhone", "phoneInvalid"],
    ]);
    expect(messages(companySchema.safeParse({ ...valid, contactPhone: "12-34-56-78" }))).toEqual([["contactPhone", "phoneInvalid"]]);
    expect(messages(companySchema.safeParse({ ...valid, contactPhone: "1234567890123456" }))).toEqual([["contactPhone", "phoneInvalid"]]);
  });

  it("caps free text", () => {
    expect(messages(companySchema.safeParse({ ...valid, address: "x".repeat(201) }))).toEqual([["address", "tooLong"]]);
  });

  it("needs a colleague's name and a valid e-mail, stored in lower case", () => {
    expect(colleagueInviteSchema.parse({ name: " Bo ", email: " Bo@Firma.DK " })).toEqual({ name: "Bo", email: "bo@firma.dk" });
    expect(messages(colleagueInviteSchema.safeParse({ name: "", email: "" }))).toEqual([
      ["name", "inviteNameRequired"],
      ["email", "emailRequired"],
    ]);
    expect(messages(colleagueInviteSchema.safeParse({ name: "Bo", email: "bo at firma" }))).toEqual([["email", "emailInvalid"]]);
  });
});
