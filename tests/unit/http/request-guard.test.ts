import { describe, expect, it } from "vitest";
import { refusedStatus } from "@/lib/http/request-guard";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("refusedStatus", () => {
  it("lets ordinary pages and same-origin actions through", () => {
    expect(refusedStatus("GET", "/consultant/citizens/cm123", h({ host: "localhost:3000" }))).toBeNull();
    expect(refusedStatus("GET", "/citizen/jobs/%C3%A6bler", h({}))).toBeNull();
    expect(refusedStatus("POST", "/sign-in", h({ host: "refleks.dk", origin: "https://refleks.dk", "next-action": "abc" }))).toBeNull();
    expect(refusedStatus("POST", "/sign-in", h({ host: "app:3000", "x-forwarded-host": "refleks.dk", origin: "https://refleks.dk", "next-action": "abc" }))).toBeNull();
  });

  it("answers 400 for a path that is not valid UTF-8 and 404 for control characters", () => {
    expect(refusedStatus("GET", "/consultant/citizens/%FF", h({}))).toBe(400);
    expect(refusedStatus("GET", "/consultant/citizens/%E0%A4%A", h({}))).toBe(400);
    expect(refusedStatus("GET", "/consultant/citizens/abc%00", h({}))).toBe(404);
    expect(refusedStatus("GET", "/employer/matches/%0Aabc", h({}))).toBe(404);
  });

  it("answers 403 for a server action posted from another origin", () => {
    expect(refusedStatus("POST", "/sign-in", h({ host: "refleks.dk", origin: "https://evil.example", "next-action": "abc" }))).toBe(403);
    expect(refusedStatus("POST", "/sign-in", h({ host: "refleks.dk", origin: "null", "next-action": "abc" }))).toBe(403);
    // Not an action (a plain form post to a page): Next.js handles it.
    expect(refusedStatus("POST", "/sign-in", h({ host: "refleks.dk", origin: "https://evil.example" }))).toBeNull();
  });
});
