// `npm run bench:scale -- --base URL`: load test of the ranking pages against a production build
// on a seed:scale database (README "National scale"). Signs in as the demo employer, the demo
// citizen and konsulent.stor, runs autocannon at 10 and 50 connections on each page and on
// /accessibility (the yardstick), then changes 50 visible profiles by SQL while polling the
// yardstick, and prints a table and one summary line. DATABASE_URL must be the app's database.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { measureChangeBurst } from "./bench-scale-change";
import { firstMatch, percentile, rssOfListener, signIn } from "./bench-scale-http";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10,50" },
    pid: { type: "string" },
    /** Comma-separated target keys to run (the yardsticks always run), e.g. caseload,results. */
    pages: { type: "string" },
  },
});
const base = values.base.replace(/\/$/, "");
const duration = Number(values.duration);
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("bench:scale: set DATABASE_URL to the database the app at --base uses (for the SQL changes).");
  process.exit(2);
}
const db = new pg.Client({ connectionString: url });
await db.connect();

const [employer, citizen, consultant] = await Promise.all([
  signIn(base, "arbejdsgiver@demo.refleks.dk"),
  signIn(base, "borger@demo.refleks.dk"),
  signIn(base, "konsulent.stor@demo.refleks.dk"),
]);
const opening = (
  await db.query<{ id: string }>(
    `SELECT o.id FROM "JobOpening" o JOIN "EmployerMember" m ON m."employerId" = o."employerId" JOIN "User" u ON u.id = m."userId"
      WHERE u.email = 'arbejdsgiver@demo.refleks.dk' AND o.status = 'OPEN' ORDER BY o.title, o.id LIMIT 1`,
  )
).rows[0]?.id;
if (!opening) throw new Error("the demo employer has no open opening: is this a seeded database?");
const rankedPath = `/employer/openings/${opening}/candidates`;
const firstPage = await (await fetch(`${base}${rankedPath}`, { headers: { cookie: employer } })).text();
const candidate = firstMatch(firstPage, /href="\/employer\/candidates\/([^"?]+)/);
const citizens = Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "CitizenProfile"`)).rows[0]?.n ?? 0);

// The yardstick is the cheapest page, signed in like the pages it is compared with, so the ratio
// measures what grows with the data and not the fixed cost of a session (decrypting the JWT,
// reading the user). The anonymous request to the same page is measured too, and its ratios printed.
const targets = [
  { key: "yardstick", path: "/accessibility", cookie: employer },
  { key: "yardstick_anonymous", path: "/accessibility", cookie: "" },
  { key: "employer_candidates", path: rankedPath, cookie: employer },
  { key: "employer_candidates_p2", path: `${rankedPath}?page=2`, cookie: employer },
  { key: "browse", path: "/employer/candidates?hoursMin=5&hoursMax=15&needs=quiet_environment&needs=flexible_start&area=r%3ARegion+Hovedstaden", cookie: employer },
  { key: "candidate_detail", path: `/employer/candidates/${candidate}?opening=${opening}`, cookie: employer },
  { key: "citizen_jobs", path: "/citizen/jobs", cookie: citizen },
  { key: "citizen_jobs_all", path: "/citizen/jobs/all?fit=1", cookie: citizen },
  { key: "consultant_home", path: "/consultant", cookie: consultant },
  { key: "caseload", path: "/consultant?scope=all", cookie: consultant },
  { key: "caseload_p200", path: "/consultant?scope=all&page=200", cookie: consultant },
  { key: "results", path: "/consultant/results", cookie: consultant },
  { key: "pipeline", path: "/consultant/pipeline?scope=all", cookie: consultant },
  { key: "queue", path: "/consultant/queue", cookie: consultant },
].filter((t) => !values.pages || t.key.startsWith("yardstick") || values.pages.split(",").includes(t.key));

// Page weight: the HTML of every consultant page once, at the scale data (the issue's limit is 300 KB).
// Besides the load-tested pages: the other consultant pages, with the busiest citizen and company.
const busiest = async (sql: string) => (await db.query<{ id: string }>(sql)).rows[0]?.id ?? "none";
const bigCitizen = await busiest(`SELECT m."citizenId" AS id FROM "Match" m JOIN "CitizenProfile" c ON c.id = m."citizenId" JOIN "User" u ON u."municipalityId" = c."municipalityId"
  WHERE u.email = 'konsulent.stor@demo.refleks.dk' GROUP BY m."citizenId" ORDER BY count(*) DESC, m."citizenId" LIMIT 1`);
const bigCompany = await busiest(`SELECT e.id FROM "Employer" e JOIN "User" u ON u."municipalityId" = e."municipalityId" JOIN "JobOpening" o ON o."employerId" = e.id JOIN "Match" m ON m."openingId" = o.id
  WHERE u.email = 'konsulent.stor@demo.refleks.dk' GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1`);
const sizeOnly = [
  `/consultant/citizens/${bigCitizen}`, "/consultant/companies", `/consultant/companies/${bigCompany}`, "/consultant/invitations",
  "/consultant/events", "/consultant/articles", "/consultant/pipeline?scope=all&stage=ended",
].map((path) => ({ key: path.replace(/^\/consultant\/?/, ""), path, cookie: consultant }));
const htmlSizes: { key: string; kb: number }[] = [];
for (const target of [...targets.filter((t) => t.cookie === consultant), ...sizeOnly]) {
  const res = await fetch(`${base}${target.path}`, { headers: { cookie: consultant } });
  htmlSizes.push({ key: target.key, kb: (await res.arrayBuffer()).byteLength / 1024 });
}
for (const h of htmlSizes) console.log(`html ${h.key.padEnd(20)} ${h.kb.toFixed(0).padStart(5)} KB`);

type Row = { key: string; connections: number; requests: number; p50: number; p95: number; max: number; errors: number; timeouts: number };

function run(path: string, cookie: string, connections: number): Promise<Row> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: `${base}${path}`, connections, duration, timeout: 30, headers: cookie ? { cookie } : {} },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        resolve({
          key: path,
          connections,
          requests: latencies.length,
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
          max: latencies[latencies.length - 1] ?? 0,
          errors: result.errors + result.non2xx,
          timeouts: result.timeouts,
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

const rssNow = () => (values.pid ? rssOfListener(undefined, Number(values.pid)) : rssOfListener(Number(new URL(base).port || 80)));
const rows: Row[] = [];
let rssWarm: number | null = null;
for (const connections of values.connections.split(",").map(Number)) {
  for (const target of targets) {
    const row = { ...(await run(target.path, target.cookie, connections)), key: target.key };
    rows.push(row);
    console.log(`${row.key.padEnd(24)} c=${String(connections).padStart(2)}  n=${String(row.requests).padStart(5)}  p50=${row.p50.toFixed(0).padStart(5)} ms  p95=${row.p95.toFixed(0).padStart(5)} ms  max=${row.max.toFixed(0).padStart(5)} ms  errors=${row.errors} timeouts=${row.timeouts}`);
  }
  // "After warm-up": every page has been served, rankings are cached, at the first load level.
  rssWarm ??= rssNow();
}

const withRanking = targets.some((t) => t.key === "employer_candidates");
const change = !withRanking ? { baselineMaxMs: NaN, stallMs: NaN, visibleMs: NaN } : await measureChangeBurst({ base, db, employerCookie: employer, rankedPath });
console.log(`change burst: 50 profiles by SQL; yardstick max before ${change.baselineMaxMs} ms, during/after ${change.stallMs} ms; visible in the ranking after ${change.visibleMs} ms`);

const rssEnd = rssNow();
await db.end();
const mb = (x: number | null) => (x === null ? "n/a" : String(Math.round(x)));
console.log(`RSS of the app: ${mb(rssWarm)} MB after warm-up (the first load level), ${mb(rssEnd)} MB at the end (after every load level and the change burst)`);

const ratio = (key: string, connections: number, yardstick = "yardstick") => {
  const yard = rows.find((r) => r.key === yardstick && r.connections === connections);
  const row = rows.find((r) => r.key === key && r.connections === connections);
  return yard && row && yard.p95 > 0 ? (row.p95 / yard.p95).toFixed(2) : "n/a";
};
console.log("");
console.log("p95 ÷ yardstick p95, same run:");
for (const c of values.connections.split(",").map(Number)) {
  console.log(`  c=${c}: ${targets.slice(2).map((t) => `${t.key}=${ratio(t.key, c)}`).join(" ")}`);
}
console.log("p95 ÷ the anonymous yardstick's p95, same run:");
for (const c of values.connections.split(",").map(Number)) {
  console.log(`  c=${c}: ${targets.slice(2).map((t) => `${t.key}=${ratio(t.key, c, "yardstick_anonymous")}`).join(" ")}`);
}
const timeouts = rows.reduce((s, r) => s + r.timeouts, 0);
console.log(`timeouts in all runs: ${timeouts}`);
const first = values.connections.split(",").map(Number)[0] ?? 10;
const maxHtml = htmlSizes.length ? Math.max(...htmlSizes.map((h) => h.kb)).toFixed(0) : "n/a";
console.log(
  `citizens=${citizens} employer_candidates_p95_x=${ratio("employer_candidates", first)} browse_p95_x=${ratio("browse", first)} citizen_jobs_p95_x=${ratio("citizen_jobs", first)} change_stall_ms=${change.stallMs} change_visible_ms=${change.visibleMs} rss_mb=${mb(rssWarm)} caseload_p95_x=${ratio("caseload", first)} results_p95_x=${ratio("results", first)} pipeline_p95_x=${ratio("pipeline", first)} queue_p95_x=${ratio("queue", first)} consultant_html_max_kb=${maxHtml}`,
);
