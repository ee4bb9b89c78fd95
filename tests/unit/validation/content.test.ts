import { describe, expect, it } from "vitest";
import { articleSchema, companyNoteSchema, copenhagenLocalToUtc, eventSchema, publishSchema, utcToCopenhagenLocal } from "@/lib/validation/content";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

describe("Copenhagen datetime-local conversion", () => {
  it("reads winter time as UTC+1 and summer time as UTC+2", () => {
    expect(copenhagenLocalToUtc("2026-01-15T10:00")?.toISOString()).toBe("2026-01-15T09:00:00.000Z");
    expect(copenhagenLocalToUtc("2026-07-01T10:00")?.toISOString()).toBe("2026-07-01T08:00:00.000Z");
  });

  it("gets the days around the daylight-saving switches right", () => {
    // Summer time starts 29 March 2026 at 02:00 and ends 25 October 2026 at 03:00.
    expect(copenhagenLocalToUtc("2026-03-29T01:30")?.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(copenhagenLocalToUtc("2026-03-29T03:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(copenhagenLocalToUtc("2026-10-25T01:30")?.toISOString()).toBe("2026-10-24T23:30:00.000Z");
    expect(copenhagenLocalToUtc("2026-10-25T04:00")?.toISOString()).toBe("2026-10-25T03:00:00.000Z");
    expect(copenhagenLocalToUtc("2026-12-31T23:30")?.toISOString()).toBe("2026-12-31T22:30:00.000Z");
  });

  it("refuses values that are not real dates and times", () => {
    for (const bad of ["", "2026-02-30T10:00", "2026-13-01T10:00", "2026-01-01T24:00", "2026-01-01 10:00", "2026-01-01T10:00Z", "i morgen"]) {
      expect(copenhagenLocalToUtc(bad)).toBeNull();
    }
  });

  it("turns a stored instant back into the Danish wall-clock value for the form", () => {
    expect(utcToCopenhagenLocal(new Date("2026-01-15T09:00:00Z"))).toBe("2026-01-15T10:00");
    expect(utcToCopenhagenLocal(new Date("2026-07-01T08:00:00Z"))).toBe("2026-07-01T10:00");
    expect(utcToCopenhagenLocal(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01T00:30");
  });
});

const event = { title: " Jobcafé ", description: "", location: "Jobcentret", startsAt: "2026-07-01T10:00", endsAt: "2026-07-01T12:00", capacity: "20", audience: "CITIZENS" };

describe("event validation", () => {
  it("trims text and converts times and capacity", () => {
    const parsed = eventSchema.parse(event);
    expect(parsed).toMatchObject({ title: "Jobcafé", capacity: 20, audience: "CITIZENS", startsAt: new Date("2026-07-01T08:00:00Z"), endsAt: new Date("2026-07-01T10:00:00Z") });
    expect(eventSchema.parse({ ...event, endsAt: "" }).endsAt).toBeNull();
  });

  it("needs a title, a place and a start, and an end after the start", () => {
    expect(messages(eventSchema.safeParse({ ...event, title: " ", location: "", startsAt: "" }))).toEqual([
      ["title", "titleRequired"],
      ["location", "locationRequired"],
      ["startsAt", "startsAtRequired"],
    ]);
    expect(messages(eventSchema.safeParse({ ...event, startsAt: "2026-02-30T10:00" }))).toEqual([["startsAt", "dateTimeInvalid"]]);
    expect(messages(eventSchema.safeParse({ ...event, endsAt: "2026-07-01T10:00" }))).toEqual([["endsAt", "endsBeforeStart"]]);
  });

  it("takes a capacity of at least one whole seat", () => {
    expect(messages(eventSchema.safeParse({ ...event, capacity: "0" }))).toEqual([["capacity", "capacityMin"]]);
    expect(messages(eventSchema.safeParse({ ...event, capacity: "2,5" }))).toEqual([["capacity", "capacityInvalid"]]);
    expect(messages(eventSchema.safeParse({ ...event, capacity: "" }))).toEqual([["capacity", "capacityInvalid"]]);
    expect(messages(eventSchema.safeParse({ ...event, audience: "EVERYONE" }))).toEqual([["audience", "audienceInvalid"]]);
  });
});

describe("article validation", () => {
  const article = { title: "Sådan virker fleksjob", summary: "", body: "Første afsnit.\n\nAndet afsnit.", videoUrl: "", audience: "ALL" };

  it("keeps the body's blank lines and treats an empty video link as none", () => {
    const parsed = articleSchema.parse(article);
    expect(parsed.body).toBe("Første afsnit.\n\nAndet afsnit.");
    expect(parsed.videoUrl).toBeNull();
    expect(articleSchema.parse({ ...article, videoUrl: " https://video.example/1 " }).videoUrl).toBe("https://video.example/1");
  });

  it("accepts only https video links, as the hint says", () => {
    for (const bad of ["http://video.example/1", "HTTP://video.example/1", "javascript:alert(1)", "ftp://example.dk/film", "data:text/html,hi", "www.example.dk", "https://"]) {
      expect(messages(articleSchema.safeParse({ ...article, videoUrl: bad }))).toEqual([["videoUrl", "videoUrlInvalid"]]);
    }
    expect(messages(articleSchema.safeParse({ ...article, title: "" }))).toEqual([["title", "titleRequired"]]);
  });
});

describe("publishing and notes", () => {
  it("reads the publish switch and refuses odd ids", () => {
    expect(publishSchema.parse({ id: "abc_1", publish: "1" })).toEqual({ id: "abc_1", publish: true });
    expect(publishSchema.parse({ id: "abc_1", publish: "0" }).publish).toBe(false);
    expect(publishSchema.safeParse({ id: "a b", publish: "1" }).success).toBe(false);
  });

  it("needs a note text", () => {
    expect(messages(companyNoteSchema.safeParse({ employerId: "e1", body: "  " }))).toEqual([["body", "bodyRequired"]]);
  });
});
