import { describe, expect, it } from "vitest";
import { parseInvitationCsv } from "@/lib/invitations/csv";
import { renderCitizenInvitationEmail } from "@/lib/mail/citizen-invitation-email";

describe("parseInvitationCsv", () => {
  it("reads a semicolon or a comma list, trimming and lower-casing the e-mail", () => {
    for (const sep of [";", ","]) {
      const { rows, errors } = parseInvitationCsv(`Mette Hansen${sep} Mette@Eksempel.DK \nJens Mortensen${sep}jens@eksempel.dk`);
      expect(errors).toEqual([]);
      expect(rows).toEqual([
        { line: 1, name: "Mette Hansen", email: "mette@eksempel.dk" },
        { line: 2, name: "Jens Mortensen", email: "jens@eksempel.dk" },
      ]);
    }
  });

  it("takes the separator from the first line: in a semicolon list a comma is part of the name", () => {
    const { rows, errors } = parseInvitationCsv("navn;e-mail\nHansen, Mette;mette@x.dk\nJens,jens@x.dk");
    expect(rows).toEqual([{ line: 2, name: "Hansen, Mette", email: "mette@x.dk" }]);
    expect(errors).toEqual([{ line: 3, message: "columns" }]);
  });

  it("reads Windows, Unix and old Mac line ends, and a BOM without a header", () => {
    const { rows } = parseInvitationCsv("\uFEFFAnne;anne@x.dk\r\nBo;bo@x.dk\rCarl;carl@x.dk\nDorte;dorte@x.dk");
    expect(rows.map((r) => [r.line, r.name])).toEqual([[1, "Anne"], [2, "Bo"], [3, "Carl"], [4, "Dorte"]]);
  });

  it("skips a Danish or English header and the BOM, and keeps the file's line numbers", () => {
    expect(parseInvitationCsv("\uFEFFnavn;e-mail\r\n\r\nAnne;anne@x.dk").rows).toEqual([{ line: 3, name: "Anne", email: "anne@x.dk" }]);
    expect(parseInvitationCsv("Name,Email\nAnne,anne@x.dk").rows).toEqual([{ line: 2, name: "Anne", email: "anne@x.dk" }]);
  });

  it("honours quotes, so a comma or semicolon may be part of the name", () => {
    const comma = parseInvitationCsv('"Hansen, Mette",mette@x.dk\n"Jens ""JM"" Mortensen",jens@x.dk');
    expect(comma.errors).toEqual([]);
    expect(comma.rows.map((r) => r.name)).toEqual(["Hansen, Mette", 'Jens "JM" Mortensen']);
    const semicolon = parseInvitationCsv('"Bo; Ib";bo@x.dk\n"Jens ""JM"" Mortensen";jens@x.dk');
    expect(semicolon.errors).toEqual([]);
    expect(semicolon.rows.map((r) => r.name)).toEqual(["Bo; Ib", 'Jens "JM" Mortensen']);
  });

  it("keeps a stray quote inside a name as text", () => {
    expect(parseInvitationCsv('Jens "JM" Mortensen;jens@x.dk\n"Bo" Ib;bo@x.dk').rows.map((r) => r.name)).toEqual(['Jens "JM" Mortensen', '"Bo" Ib']);
  });

  it("reports a quote that is never closed on the line it opens, after the good lines before it", () => {
    const { rows, errors } = parseInvitationCsv('Anne;anne@x.dk\n\n"Bo;bo@x.dk\nCarl;carl@x.dk');
    expect(rows.map((r) => r.name)).toEqual(["Anne"]);
    expect(errors).toEqual([{ line: 3, message: "quoteNotClosed" }]);
  });

  it("ignores a trailing separator (as spreadsheets export)", () => {
    expect(parseInvitationCsv("Anne;anne@x.dk;").rows).toEqual([{ line: 1, name: "Anne", email: "anne@x.dk" }]);
  });

  it("reports bad lines by number and reason, and still returns the good ones", () => {
    const { rows, errors } = parseInvitationCsv(["Anne;anne@x.dk", "Bo;ikke-en-mail", ";c@x.dk", "kun et felt", "Anne igen;ANNE@x.dk", "A;b@x.dk;ekstra"].join("\n"));
    expect(rows.map((r) => r.line)).toEqual([1]);
    expect(errors).toEqual([
      { line: 2, message: "emailInvalid" },
      { line: 3, message: "nameRequired" },
      { line: 4, message: "columns" },
      { line: 5, message: "duplicate" },
      { line: 6, message: "columns" },
    ]);
  });

  it("treats only the first line as a possible header", () => {
    const { rows, errors } = parseInvitationCsv("Anne;anne@x.dk\nnavn;e-mail");
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([{ line: 2, message: "emailInvalid" }]);
  });

  it("returns nothing for empty input", () => {
    expect(parseInvitationCsv("\n  \n")).toEqual({ rows: [], errors: [] });
  });
});

describe("the citizen invitation e-mail", () => {
  it("names the consultant and municipality, carries the link and the 30 days, in Danish and English", () => {
    const mail = { name: "Anne", consultantName: "Sofie Kjær", municipalityName: "Gentofte", link: "https://refleks.test/invite/abc" };
    const da = renderCitizenInvitationEmail({ ...mail, locale: "da" });
    expect(da.subject).toContain("Sofie Kjær");
    expect(da.text).toContain("Kære Anne");
    expect(da.text).toContain("https://refleks.test/invite/abc");
    expect(da.text).toContain("30 dage");
    expect(renderCitizenInvitationEmail({ ...mail, locale: "en" }).text).toContain("30 days");
  });
});
