import { describe, expect, it } from "vitest";
import { dummyVerify, hashPassword, verifyPassword } from "@/lib/auth/password";

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("rigtig-kode");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "rigtig-kode")).toBe(true);
    expect(await verifyPassword(hash, "forkert-kode")).toBe(false);
  });

  it("treats a malformed hash as a failed check, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });

  it("rejects every password for unknown accounts", async () => {
    expect(await dummyVerify("not-a-real-password-used-for-timing-only-no")).toBe(false);
  });
});
