import { createPrismaClient } from "@/lib/db/client";
import { seedDemo } from "@/tests/factories/demo-data";

// `npm run db:seed`: seeds the demo data into DATABASE_URL. Safe to run again.
// Same default as prisma.config.ts, so `npm run db:reset` seeds the database it just reset.
const url = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/refleks_dev";
const db = createPrismaClient(url);
try {
  const counts = await seedDemo(db, new Date());
  console.log(`Seeded ${counts.citizens} citizens, ${counts.employers} employers, ${counts.openings} openings.`);
} finally {
  await db.$disconnect();
}
