import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { findSessionUser, revokeSession } from "@/lib/db/users";
import { createConsultant, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

afterAll(async () => {
  await prisma.$disconnect();
});

describe("signed-out sessions", () => {
  it("refuse exactly the session that signed out, and forget revocations older than a session can live", async () => {
    const p = uniquePrefix("sess");
    const m = await createMunicipality(prisma, p);
    const user = await createConsultant(prisma, p, m.code);
    const now = new Date("2026-11-23T12:00:00Z");
    expect(await findSessionUser(user.id, `${p}-phone`)).toMatchObject({ id: user.id });

    await revokeSession(`${p}-old`, new Date(now.getTime() - 9 * 3600_000), 8 * 3600);
    await revokeSession(`${p}-phone`, now, 8 * 3600);
    expect(await findSessionUser(user.id, `${p}-phone`)).toBeNull();
    expect(await findSessionUser(user.id, `${p}-laptop`)).toMatchObject({ id: user.id });
    expect(await prisma.revokedSession.count({ where: { sid: `${p}-old` } })).toBe(0);
    // Signing out twice (two tabs) is harmless.
    await revokeSession(`${p}-phone`, now, 8 * 3600);
    expect(await prisma.revokedSession.count({ where: { sid: `${p}-phone` } })).toBe(1);
  });
});
