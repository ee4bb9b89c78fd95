process.env.LOG_LEVEL = "silent";
const { prisma } = await import("./lib/db/client.ts");
const sql = `SELECT p.id, p."hoursMin", p."hoursMax", p.availability, p.skills, p."wishOccupations", p."wishIndustries", p."openToNewField", p."postalCode", p."maxCommuteKm", p."municipalityId", coalesce((SELECT array_agg(n.code || ':' || n.level::text) FROM "AccommodationNeed" n WHERE n."profileId" = p.id), '{}') AS needs FROM "CitizenProfile" p WHERE p."visibleToEmployers" AND p.status IN ('SEEKING', 'EMPLOYED_WANTS_CHANGE') AND p.id > $1 ORDER BY p.id LIMIT 5000`;
for (let k = 0; k < 2; k++) {
let t = performance.now(); let after = ""; let n = 0;
for (;;) { const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(sql, after); n += rows.length; if (rows.length < 5000) break; after = rows[rows.length - 1]!.id; }
console.log("prisma only", Math.round(performance.now() - t), n);
}
const pg = (await import("pg")).default; const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
let t = performance.now(); let after = ""; let n = 0;
for (;;) { const { rows } = await pool.query(sql, [after]); n += rows.length; if (rows.length < 5000) break; after = rows[rows.length - 1].id; }
console.log("pg only", Math.round(performance.now() - t), n);
process.exit(0);
