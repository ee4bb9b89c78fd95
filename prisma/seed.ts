import { createPrismaClient } from "@/lib/db/client";
import { seedDemo } from "@/tests/factories/demo-data";

// `npm run db:seed`: seeds the demo data into DATABASE_URL. Safe to run again.
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. Use `npm run dev` for the embedded database.");
  process.exit(1);
}
const db = createPrismaClient(url);
try {
  const counts = await seedDemo(db);
  console.log(`Seeded ${counts.citizens} citizens, ${counts.employers} employers, ${counts.openings} openings.`);
} finally {
  await db.$disconnect();
}
