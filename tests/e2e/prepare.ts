// Before the browser tests: a fresh e2e database with migrations and the demo seed.
import { createPrismaClient } from "../../lib/db/client";
import { seedDemo } from "../factories/demo-data";
import { freshDatabase } from "../prepare-database";

const url = await freshDatabase("refleks_e2e");
const db = createPrismaClient(url);
try {
  await seedDemo(db);
} finally {
  await db.$disconnect();
}
console.log("e2e database ready");
