import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { upsertUser } from "@/tests/factories/persist";
import { uniquePrefix } from "@/tests/factories/scenario";

const prefix = uniquePrefix("cred");
const email = `${prefix}@test.dk`;
const request = (ip: string) => new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": ip } });

beforeAll(async () => {
  await upsertUser(prisma, { id: `${prefix}-user`, email, name: "Test Borger", role: "CITIZEN" }, await hashPassword("korrekt hest"));
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("local sign-in", () => {
  it("accepts the right password, case-insensitive e-mail, and records the login", async () => {
    const user = await authorizeCredentials({ email: email.toUpperCase(), password: "korrekt hest" }, request("10.1.0.1"));
    expect(user).toMatchObject({ id: `${prefix}-user`, role: "CITIZEN" });
    const row = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(row.lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown e-mail and malformed input", async () => {
    expect(await authorizeCredentials({ email, password: "forkert" }, request("10.1.0.2"))).toBeNull();
    expect(await authorizeCredentials({ email: "ukendt@test.dk", password: "x" }, request("10.1.0.2"))).toBeNull();
    expect(await authorizeCredentials({ email: "ikke en mail" }, request("10.1.0.2"))).toBeNull();
  });

  it("stops checking passwords after repeated failures, even the right one", async () => {
    for (let i = 0; i < env.SIGNIN_MAX_FAILURES; i++) {
      expect(await authorizeCredentials({ email, password: `forkert-${i}` }, request("10.1.0.3"))).toBeNull();
    }
    expect(await authorizeCredentials({ email, password: "korrekt hest" }, request("10.1.0.3"))).toBe("rate_limited");
    // Another address is not punished for this one's attempts.
    expect(await authorizeCredentials({ email, password: "korrekt hest" }, request("10.1.0.4"))).toMatchObject({ role: "CITIZEN" });
  });
});
