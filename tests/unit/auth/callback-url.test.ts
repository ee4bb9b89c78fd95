import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/citizen?tab=jobs")).toBe("/citizen?tab=jobs");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "/sign-in", "/api/auth/signout", "", 42, undefined])(
    "rejects %s",
    (value) => {
      expect(safeCallbackUrl(value)).toBeUndefined();
    },
  );
});
