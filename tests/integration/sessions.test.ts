import { afterAll, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { jwtWithRevocation } from "@/lib/auth/session-jwt";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/auth/auth.config";
import { prisma } from "@/lib/db/client";
import { isSessionRevoked, revokeSession } from "@/lib/db/users";
import { createConsultant, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

afterAll(async () => {
  await prisma.$disconnect();
});

// The jwt callback Auth.js runs on every read of a session: pages, actions, /api/auth/session.
type JwtParams = Parameters<typeof jwtWithRevocation>[0];
const jwt = (params: Partial<JwtParams> & { token: JWT }) => jwtWithRevocation({ account: null, ...params } as JwtParams);

describe("sessions", () => {
  it("refuse a signed-out session on every read, so it cannot be refreshed into a new cookie", async () => {
    const p = uniquePrefix("sess");
    const m = await createMunicipality(prisma, p);
    const user = await createConsultant(prisma, p, m.code);
    const signedIn = await jwt({ token: {}, user: { id: user.id, role: "CONSULTANT" } as JwtParams["user"], trigger: "signIn" });
    expect(signedIn).toMatchObject({ sub: user.id, role: "CONSULTANT", sid: expect.any(String), authTime: expect.any(Number) });
    const other = await jwt({ token: {}, user: { id: user.id, role: "CONSULTANT" } as JwtParams["user"], trigger: "signIn" });

    expect(await jwt({ token: signedIn! })).toMatchObject({ sid: signedIn!.sid });
    await revokeSession(signedIn!.sid!, new Date(), SESSION_ABSOLUTE_SECONDS);
    expect(await jwt({ token: signedIn! })).toBeNull();
    // Only that session: the same user's other device stays signed in.
    expect(await jwt({ token: other! })).toMatchObject({ sid: other!.sid });
  });

  it("end at the absolute lifetime however active, and refuse tokens without a sign-in time", async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = { sub: "u", role: "CITIZEN" as const, sid: uniquePrefix("sid") };
    expect(await jwt({ token: { ...token, authTime: now - SESSION_ABSOLUTE_SECONDS + 60 } })).not.toBeNull();
    expect(await jwt({ token: { ...token, authTime: now - SESSION_ABSOLUTE_SECONDS - 1 } })).toBeNull();
    expect(await jwt({ token })).toBeNull();
  });

  it("keep revocations as long as a cookie could live, not only the idle time", async () => {
    const p = uniquePrefix("rev");
    const now = new Date("2026-11-23T12:00:00Z");
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
    expect(SESSION_IDLE_SECONDS).toBeLessThan(SESSION_ABSOLUTE_SECONDS);
    await revokeSession(`${p}-9h`, hoursAgo(9), SESSION_ABSOLUTE_SECONDS);
    await revokeSession(`${p}-13h`, hoursAgo(13), SESSION_ABSOLUTE_SECONDS);
    await revokeSession(`${p}-now`, now, SESSION_ABSOLUTE_SECONDS);
    // A cookie signed in 9 hours ago may still slide: its revocation stays. Past 12 hours it is dead anyway.
    expect(await isSessionRevoked(`${p}-9h`)).toBe(true);
    expect(await isSessionRevoked(`${p}-13h`)).toBe(false);
    // Signing out twice (two tabs) is harmless.
    await revokeSession(`${p}-now`, now, SESSION_ABSOLUTE_SECONDS);
    expect(await prisma.revokedSession.count({ where: { sid: `${p}-now` } })).toBe(1);
  });
});
