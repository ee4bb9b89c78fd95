// Before the browser tests: a fresh e2e database with migrations and the demo seed.
import { createPrismaClient } from "../../lib/db/client";
import { seedDemo } from "../factories/demo-data";
import { freshDatabase } from "../prepare-database";

const url = await freshDatabase(process.env.E2E_DB ?? "refleks_e2e");
const db = createPrismaClient(url);
try {
  await seedDemo(db, new Date());
} finally {
  await db.$disconnect();
}
console.log("e2e database ready");
