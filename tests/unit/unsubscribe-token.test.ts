import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/auth/tokens";

describe("unsubscribe tokens", () => {
  it("name the user and the kind they were made for", () => {
    const token = unsubscribeToken("cmuser123", "NEW_JOB");
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(readUnsubscribeToken(token)).toEqual({ userId: "cmuser123", kind: "NEW_JOB" });
    expect(readUnsubscribeToken(unsubscribeToken("cmuser123", "JOB_AGENT"))).toEqual({ userId: "cmuser123", kind: "JOB_AGENT" });
  });

  it("refuse another user, another kind, a changed signature and garbage", () => {
    const token = unsubscribeToken("cmuser123", "DIGEST");
    const [, , mac] = token.split(".");
    expect(readUnsubscribeToken(`cmuser124.DIGEST.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(`cmuser123.NEW_JOB.${mac}`)).toBeNull();
    const flipped = `${mac!.slice(0, 10)}${mac![10] === "A" ? "B" : "A"}${mac!.slice(11)}`;
    expect(readUnsubscribeToken(`cmuser123.DIGEST.${flipped}`)).toBeNull();
    expect(readUnsubscribeToken(`cmuser123.DIGEST.${mac}x`)).toBeNull();
    for (const bad of ["", "x", "a.b.c", `cmuser123.DIGEST`, `cm user.DIGEST.${mac}`, `cmuser123.digest.${mac}`]) expect(readUnsubscribeToken(bad)).toBeNull();
  });

  it("depend on the server's secret", () => {
    const before = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "secret-one";
    const token = unsubscribeToken("cmuser123", "NEW_JOB");
    process.env.AUTH_SECRET = "secret-two";
    try {
      expect(readUnsubscribeToken(token)).toBeNull();
    } finally {
      if (before === undefined) delete process.env.AUTH_SECRET;
      else process.env.AUTH_SECRET = before;
    }
  });
});
