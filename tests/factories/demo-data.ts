import { hashPassword } from "@/lib/auth/password";
import { demoPassword } from "@/lib/auth/demo-accounts";
import { buildDemoCitizens } from "./citizens";
import { seedDemoContent } from "./demo-content";
import { seedDemoHistory } from "./demo-history";
import { consultants, municipalities } from "./demo-people";
import { upsertCitizen, upsertEmployer, upsertMunicipality, upsertUser } from "./persist";
import { storyEmployers } from "./story-employers";
import type { Db } from "./types";

export const DEMO_CITIZEN_COUNT = 48;

/**
 * Seeds the demo (idempotent). Every demo user gets the demo password when first created.
 * `now` places the demo's events in the near future; everything else ignores it.
 */
export async function seedDemo(db: Db, now: Date): Promise<{ citizens: number; employers: number; openings: number }> {
  const passwordHash = await hashPassword(demoPassword);
  for (const m of municipalities) await upsertMunicipality(db, m);
  for (const c of consultants) await upsertUser(db, c, passwordHash);
  const employers = storyEmployers();
  for (const e of employers) await upsertEmployer(db, e, passwordHash);
  const citizens = buildDemoCitizens(DEMO_CITIZEN_COUNT);
  for (const c of citizens) await upsertCitizen(db, c, passwordHash);
  await seedDemoContent(db, now);
  await seedDemoHistory(db, now, citizens);
  return { citizens: citizens.length, employers: employers.length, openings: employers.reduce((n, e) => n + e.openings.length, 0) };
}
