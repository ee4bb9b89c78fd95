import { describe, expect, it } from "vitest";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";

describe("sign-in throttle", () => {
  it("blocks an account after the allowed number of failures, per IP", async () => {
    const email = "throttle@example.dk";
    for (let i = 0; i < env.SIGNIN_MAX_FAILURES - 1; i++) await recordSignInFailure(email, "10.0.0.1");
    expect(await checkSignInThrottle(email, "10.0.0.1")).toEqual({ blocked: false });

    await recordSignInFailure(email, "10.0.0.1");
    const blocked = await checkSignInThrottle(email, "10.0.0.1");
    expect(blocked.blocked).toBe(true);
    if (blocked.blocked) expect(blocked.retryAfterSeconds).toBeGreaterThan(0);

    expect(await checkSignInThrottle(email, "10.0.0.2")).toEqual({ blocked: false });
  });

  it("counts e-mails case-insensitively and forgets failures after a success", async () => {
    const email = "Mixed@Example.dk";
    for (let i = 0; i < env.SIGNIN_MAX_FAILURES; i++) await recordSignInFailure(email, "10.0.0.3");
    expect((await checkSignInThrottle("mixed@example.dk", "10.0.0.3")).blocked).toBe(true);
    await clearSignInFailures("mixed@example.dk", "10.0.0.3");
    expect((await checkSignInThrottle(email, "10.0.0.3")).blocked).toBe(false);
  });
});
