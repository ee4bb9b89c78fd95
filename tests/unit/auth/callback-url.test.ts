import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/citizen?tab=jobs", "/citizen?tab=jobs"],
    ["/consultant/pipeline?scope=all&stage=ended#top", "/consultant/pipeline?scope=all&stage=ended#top"],
    ["/employer/candidates/%2F%2Fevil.example", "/employer/candidates/%2F%2Fevil.example"],
    ["/citizen/../consultant", "/consultant"],
    ["/æøå", "/%C3%A6%C3%B8%C3%A5"],
  ])("keeps the same-site path %s", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  // Known open-redirect bypasses (the security review found the first one working).
  const bypasses = [
    "/\t/evil.example/phish", "/\n/evil.example", "/\r/evil.example", "/\u0000/evil.example", "/ /evil.example", "\t//evil.example",
    "/\\evil.example", "\\/evil.example", "/\\/evil.example", "//evil.example", "///evil.example", "////evil.example",
    "/\u3000/evil.example", "/\u200b/evil.example", "/\ufeff/evil.example", "/\u00a0/evil.example", "/\u2028/evil.example",
    "https://evil.example", "http:evil.example", "https:/evil.example", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>", "evil.example", " /citizen", "/citizen ",
    "/sign-in", "/sign-in?callbackUrl=//evil.example", "/api/auth/signout", "/./sign-in", "/citizen/../api/auth/signout",
    "", 42, undefined, null, "/".repeat(3000),
  ];
  it.each(bypasses.map((b) => [JSON.stringify(b) ?? String(b), b]))("refuses %s", (_label, value) => {
    expect(safeCallbackUrl(value)).toBeUndefined();
  });

  it("never returns something a browser would resolve to another origin", () => {
    for (const value of bypasses) {
      const path = safeCallbackUrl(value);
      if (path !== undefined) expect(new URL(path, "https://refleks.gentofte.dk").origin).toBe("https://refleks.gentofte.dk");
    }
  });
});
