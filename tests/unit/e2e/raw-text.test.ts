import { describe, expect, it } from "vitest";
import { messageNamespaces, rawTokens, schemaEnumValues, textOfHtml } from "@/tests/e2e/raw-text";

// The detector behind the e2e check "no page shows a raw message key or enum" (route-matrix.spec.ts):
// it must find what leaks, and nothing in ordinary Danish, e-mail addresses or links.

const rules = { namespaces: messageNamespaces(), enumValues: schemaEnumValues() };
const tokens = (html: string) => rawTokens(textOfHtml(html), rules);

describe("raw keys and codes in a page", () => {
  it("reads the namespaces and the schema's enum values", () => {
    expect(rules.namespaces).toEqual(expect.arrayContaining(["consultantQueue", "jobs", "caseload"]));
    expect(rules.enumValues).toEqual(expect.arrayContaining(["PROPOSED", "EMPLOYER_INTERESTED", "MUST"]));
  });

  it("finds a missing message key, a snake_case code and an enum value", () => {
    expect(tokens("<li>5. december 2026: <b>caseload.matchStatuses.HIRED</b></li>")).toEqual(["caseload.matchStatuses.HIRED"]);
    expect(tokens("<span>citizen_interest</span>")).toEqual(["citizen_interest"]);
    expect(tokens("<p>Status: EMPLOYER_INTERESTED</p><p>Status: PROPOSED</p>")).toEqual(["EMPLOYER_INTERESTED", "PROPOSED"]);
  });

  it("finds them in streamed parts, and decodes entities first", () => {
    expect(tokens('<div hidden id="S:0"><p>quiet_environment &amp; more</p></div>')).toEqual(["quiet_environment"]);
  });

  it("ignores scripts, tags' attributes, e-mail addresses, links and ordinary words", () => {
    const page = [
      '<script>self.__next_f.push([1,"jobs.fit PROPOSED citizen_interest"])</script>',
      '<a href="/consultant/queue?status=PROPOSED" data-x="need_met">Se køen</a>',
      "<p>Skriv til anne_berg@demo.refleks.dk eller se https://video.example.org/a_b?x=C_D og www.jobnet.dk.</p>",
      "<p>Hun arbejder 2,5 t/uge i Gentofte. Job til dig. Kl. 10.30. CSV, PDF og MitID. refleks.dk</p>",
    ].join("");
    expect(tokens(page)).toEqual([]);
  });
});
