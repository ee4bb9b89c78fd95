import { describe, expect, it } from "vitest";
import { fieldNameOf, summaryEntries } from "@/components/ui/error-summary-entries";

describe("the error summary's entries", () => {
  it("link each wrong field to its default id, in the order the action reported them", () => {
    expect(summaryEntries({ hoursMin: "Det mindste er 1 time.", hoursMax: "Det højeste er 37 timer." })).toEqual([
      { name: "hoursMin", href: "#field-hoursMin", message: "Det mindste er 1 time." },
      { name: "hoursMax", href: "#field-hoursMax", message: "Det højeste er 37 timer." },
    ]);
  });

  it("list a wrong item of a group and the group's copy of its message once, pointing at the group", () => {
    expect(summaryEntries({ "availability.3": "Vælg tider fra listen.", availability: "Vælg tider fra listen." })).toEqual([
      { name: "availability", href: "#field-availability", message: "Vælg tider fra listen." },
    ]);
  });

  it("keep dotted names that are fields of their own, and show an error about the whole form without a link", () => {
    expect(summaryEntries({ "note.low_noise": "Teksten er for lang.", form: "Noget gik galt." })).toEqual([
      { name: "note.low_noise", href: "#field-note.low_noise", message: "Teksten er for lang." },
      { name: "form", message: "Noget gik galt." },
    ]);
    expect(summaryEntries(undefined)).toEqual([]);
  });

  it("drop only the numeric parts of a path", () => {
    expect(fieldNameOf("needs.0.note")).toBe("needs.note");
    expect(fieldNameOf("links.12")).toBe("links");
  });
});
