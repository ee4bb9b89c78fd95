import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { decideMatch } from "@/lib/db/match-queue";
import { sendFollowUpReminders } from "@/lib/db/placements";
import { createCitizen, createConsultant, createEmployerWithOpening, createMunicipality, uniquePrefix } from "@/tests/factories/scenario";

// Fault injection: a trigger makes every notification insert fail while a flag row exists. A state
// change and its notifications are one transaction (the outbox), so while the fault lasts nothing
// changes, and once it is gone nothing is missing: no approval without its consent request, no
// follow-up marked reminded without its reminder.
const p = uniquePrefix("fault");
const now = new Date("2030-04-01T09:00:00Z");
let w: Awaited<ReturnType<typeof build>>;

async function build() {
  const m = await createMunicipality(prisma, p);
  const consultant = await createConsultant(prisma, p, m.code);
  const citizen = await createCitizen(prisma, p, m.code, consultant.email);
  const company = await createEmployerWithOpening(prisma, `${p}-e`, m.code);
  const waiting = await prisma.match.create({ data: { openingId: company.opening.id, citizenId: citizen.id, status: "EMPLOYER_INTERESTED", origin: "EMPLOYER" } });
  const other = await createEmployerWithOpening(prisma, `${p}-e2`, m.code);
  const running = await prisma.match.create({ data: { openingId: other.opening.id, citizenId: citizen.id, status: "PRAKTIK", origin: "EMPLOYER" } });
  const followUp = await prisma.followUp.create({ data: { matchId: running.id, kind: "PRAKTIK_HALFWAY", dueAt: now } });
  const k = await prisma.user.findUniqueOrThrow({ where: { id: consultant.id }, select: { id: true, role: true, municipalityId: true } });
  return { k, citizen, waiting, running, followUp };
}

const setFault = (on: boolean) => (on ? prisma.$executeRawUnsafe(`INSERT INTO fault_flag VALUES (true) ON CONFLICT DO NOTHING`) : prisma.$executeRawUnsafe(`DELETE FROM fault_flag`));

beforeAll(async () => {
  await prisma.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS fault_flag (on_ boolean PRIMARY KEY)`);
  await prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION fail_notification_insert() RETURNS trigger AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM fault_flag) THEN RAISE EXCEPTION 'injected fault: notification insert fails'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS fail_notification_insert ON "Notification"`);
  await prisma.$executeRawUnsafe(`CREATE TRIGGER fail_notification_insert BEFORE INSERT ON "Notification" FOR EACH ROW EXECUTE FUNCTION fail_notification_insert()`);
  w = await build();
});

afterAll(async () => {
  await setFault(false);
  await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS fail_notification_insert ON "Notification"`);
  await prisma.$disconnect();
});

describe("notifications are written with the change they announce", () => {
  it("an approval whose consent request cannot be written is not made, and succeeds once the fault is gone", async () => {
    await setFault(true);
    await expect(decideMatch(w.k, w.waiting.id, { decision: "approve" }, now)).rejects.toThrow();
    expect((await prisma.match.findUniqueOrThrow({ where: { id: w.waiting.id } })).status).toBe("EMPLOYER_INTERESTED");
    expect(await prisma.matchEvent.count({ where: { matchId: w.waiting.id } })).toBe(0);

    await setFault(false);
    expect(await decideMatch(w.k, w.waiting.id, { decision: "approve" }, now)).toBe("ok");
    expect((await prisma.match.findUniqueOrThrow({ where: { id: w.waiting.id } })).status).toBe("APPROVED");
    expect(await prisma.notification.count({ where: { matchId: w.waiting.id, userId: w.citizen.user.id, type: "CONTACT_REQUEST" } })).toBe(1);
  });

  it("a reminder that cannot be written fails the job and leaves the follow-up for the next run", async () => {
    await setFault(true);
    await expect(sendFollowUpReminders(now)).rejects.toThrow();
    expect((await prisma.followUp.findUniqueOrThrow({ where: { id: w.followUp.id } })).remindedAt).toBeNull();

    await setFault(false);
    expect(await sendFollowUpReminders(now)).toBeGreaterThanOrEqual(1);
    expect((await prisma.followUp.findUniqueOrThrow({ where: { id: w.followUp.id } })).remindedAt).toEqual(now);
    expect(await prisma.notification.count({ where: { matchId: w.running.id, userId: w.k.id } })).toBe(1);
  });
});
