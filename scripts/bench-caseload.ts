// `npm run bench:caseload [-- --runs R]`: does Gentofte's caseload grow when the country does?
// On a throwaway database (refleks_bench_caseload): the demo seed alone (48 citizens in the whole
// country), then the same database after seed:scale (140,000; Gentofte itself grows from about 30
// to about 420). Each time it times listCaseload for Gentofte's consultant over the whole
// municipality (page 1, the last page and a name search; count, ids, rows, per-row counts, the
// audit row) and prints the plan of the page's id query with the rows and buffers it touched.
// The last line is the contract:
//   national_before=… national_after=… gentofte_before=… gentofte_after=… p50_ms_before=… p50_ms_after=… last_page_p50_ms_before=… last_page_p50_ms_after=…
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { dropDatabase, freshDatabase } from "../tests/prepare-database";

const NAME = "refleks_bench_caseload";
const { values } = parseArgs({ options: { runs: { type: "string", default: "40" } } });
const runs = Number(values.runs);
const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

const url = await freshDatabase(NAME);
process.env.DATABASE_URL = url;
// Imported after DATABASE_URL is set: lib/db reads it when it loads.
const { createPrismaClient } = await import("../lib/db/client");
const { seedDemo } = await import("../tests/factories/demo-data");
const seedDb = createPrismaClient(url);
await seedDemo(seedDb, new Date());
await seedDb.$disconnect();
const { prisma } = await import("../lib/db/client");
const { listCaseload } = await import("../lib/db/caseload");
const sql = new pg.Client({ connectionString: url });
await sql.connect();

type Figures = { national: number; gentofte: number; p50: number; p95: number; lastP50: number; searchP50: number };

async function measure(label: string): Promise<Figures> {
  await sql.query("VACUUM ANALYZE");
  const k = await prisma.user.findFirstOrThrow({ where: { email: "konsulent@demo.refleks.dk" }, select: { id: true, role: true, municipalityId: true } });
  const all = { scope: "all" as const, q: "", status: null };
  const time = async (filters: typeof all, page: number) => {
    for (let i = 0; i < 5; i++) await listCaseload(k, filters, { page });
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await listCaseload(k, filters, { page });
      xs.push(performance.now() - t);
    }
    return xs.sort((a, b) => a - b);
  };
  const first = await listCaseload(k, all, { page: 1 });
  const page1 = await time(all, 1);
  const last = await time(all, first.pages);
  const search = await time({ ...all, q: "hansen" }, 1);
  const national = Number((await sql.query<{ n: string }>(`SELECT count(*) AS n FROM "CitizenProfile"`)).rows[0]!.n);
  const plan = await sql.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, SUMMARY OFF) SELECT p."id" FROM "CitizenProfile" p WHERE p."municipalityId" = $1 ORDER BY p."sortName", p."id" LIMIT 50`,
    [k.municipalityId],
  );
  console.log(`\n${label}: ${national} citizens in the country, ${first.total} in Gentofte (${first.pages} pages)`);
  console.log(`  page 1     p50 ${percentile(page1, 0.5).toFixed(1)} ms  p95 ${percentile(page1, 0.95).toFixed(1)} ms`);
  console.log(`  last page  p50 ${percentile(last, 0.5).toFixed(1)} ms  p95 ${percentile(last, 0.95).toFixed(1)} ms`);
  console.log(`  search     p50 ${percentile(search, 0.5).toFixed(1)} ms  p95 ${percentile(search, 0.95).toFixed(1)} ms`);
  console.log("  plan of the page's ids:");
  for (const row of plan.rows) console.log(`    ${row["QUERY PLAN"]}`);
  return { national, gentofte: first.total, p50: percentile(page1, 0.5), p95: percentile(page1, 0.95), lastP50: percentile(last, 0.5), searchP50: percentile(search, 0.5) };
}

try {
  const before = await measure("Demo data only");
  console.log("\nseed:scale (140,000 citizens; about 30 s) …");
  const seeded = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed-scale.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: "inherit" });
  if (seeded.status !== 0) throw new Error("seed:scale failed");
  const after = await measure("With the national data");
  const f = (x: number) => x.toFixed(1);
  console.log(
    `\nnational_before=${before.national} national_after=${after.national} gentofte_before=${before.gentofte} gentofte_after=${after.gentofte} p50_ms_before=${f(before.p50)} p50_ms_after=${f(after.p50)} last_page_p50_ms_before=${f(before.lastP50)} last_page_p50_ms_after=${f(after.lastP50)} search_p50_ms_before=${f(before.searchP50)} search_p50_ms_after=${f(after.searchP50)}`,
  );
} finally {
  await sql.end();
  await prisma.$disconnect();
  await dropDatabase(NAME);
}
