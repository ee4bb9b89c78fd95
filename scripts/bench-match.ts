// Benchmark of the matching engine: `npm run bench:match [-- --candidates N]`.
// Generates N synthetic candidates with a fixed seed and realistic distributions, warms
// up, then times full rankings (score every pair, sort, explain the top 20). Then it times
// bundles for one citizen (10–15 h) against 5,000 openings, most of them small, on the line
//   bundles_p50_ms=<n> bundles_p95_ms=<n>
// The last line is the contract:
//   candidates=<N> pairs_per_second=<n> rank_p50_ms=<n> rank_p95_ms=<n> heap_mb=<n>
import { performance } from "node:perf_hooks";
import {
  ACCOMMODATION_CODES,
  bundlesForCandidate,
  compileCandidates,
  compileCandidateWith,
  compileOpenings,
  explainPair,
  LiveOpeningPool,
  slotOfKey,
  POSTAL_CODES,
  rankKeysForOpening,
  SLOTS,
  SYNONYM_GROUPS,
  type Candidate,
  type Opening,
} from "../lib/matching";
import { rng } from "../tests/factories/rng";

function argValue(name: string, fallback: number): number {
  const k = process.argv.indexOf(name);
  const v = k >= 0 ? Number(process.argv[k + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} must be a positive integer`);
  return v;
}

const rand = rng(20240611);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const pickSome = <T>(xs: readonly T[], n: number): T[] => Array.from({ length: n }, () => pick(xs));
// Skills: curated words (realistic overlap with openings) plus a long tail of rare ones.
const COMMON_SKILLS = SYNONYM_GROUPS.flatMap((g) => g.slice(0, 2));
const RARE_SKILLS = Array.from({ length: 2000 }, (_, k) => `fagområde ${k}`);
// Needs as consultants record them: a few codes are far more common than the rest.
const FREQUENT_NEEDS = ["quiet_environment", "low_tempo", "no_heavy_lifting", "extra_breaks", "flexible_start", "short_work_days"];

function hours(): { min: number; max: number } {
  const r = rand();
  const min = r < 0.3 ? 1 + Math.floor(rand() * 4) : r < 0.85 ? 5 + Math.floor(rand() * 12) : 15 + Math.floor(rand() * 15);
  return { min, max: min + Math.floor(rand() * 8) + (rand() < 0.3 ? 0.5 : 0) };
}

function candidate(k: number): Candidate {
  const needs: Candidate["needs"] = [];
  const nMust = Math.floor(rand() * 4);
  for (let j = 0; j < nMust; j++) needs.push({ code: rand() < 0.7 ? pick(FREQUENT_NEEDS) : pick(ACCOMMODATION_CODES), level: "must" });
  for (let j = Math.floor(rand() * 3); j > 0; j--) needs.push({ code: pick(ACCOMMODATION_CODES), level: "prefer" });
  return {
    id: `cand-${String(k).padStart(7, "0")}`,
    weeklyHours: hours(),
    availability: rand() < 0.5 ? [] : pickSome(SLOTS.slice(0, 20), 4 + Math.floor(rand() * 10)),
    skills: [...pickSome(COMMON_SKILLS, 2 + Math.floor(rand() * 5)), ...pickSome(RARE_SKILLS, Math.floor(rand() * 3))],
    wishes: { occupations: pickSome(COMMON_SKILLS, Math.floor(rand() * 2)), industries: [], openToNewField: rand() < 0.4 },
    needs,
    postalCode: pick(POSTAL_CODES),
    ...(rand() < 0.8 ? { maxCommuteKm: 5 + Math.floor(rand() * 50) } : {}),
  };
}

function opening(k: number): Opening {
  return {
    id: `job-${k}`,
    title: `Stilling ${k}`,
    weeklyHours: hours(),
    schedule: rand() < 0.5 ? [] : pickSome(SLOTS.slice(0, 20), 3 + Math.floor(rand() * 8)),
    requiredSkills: pickSome(COMMON_SKILLS, 1 + Math.floor(rand() * 3)),
    preferredSkills: pickSome(COMMON_SKILLS, Math.floor(rand() * 3)),
    occupation: pick(COMMON_SKILLS),
    accommodations: pickSome(ACCOMMODATION_CODES, 3 + Math.floor(rand() * 10)),
    postalCode: pick(POSTAL_CODES),
    remote: rand() < 0.1,
  };
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;

const n = argValue("--candidates", 100_000);
const OPENINGS = 20;
const RUNS = 60;
const TOP = 20;

const t0 = performance.now();
const pool = compileCandidates(Array.from({ length: n }, (_, k) => candidate(k)));
const openings = compileOpenings(Array.from({ length: OPENINGS }, (_, k) => opening(k)), pool);
console.log(`generated and compiled ${n} candidates, ${OPENINGS} openings in ${(performance.now() - t0).toFixed(0)} ms`);

const keys = new Float64Array(pool.size);
const rankOnce = (k: number) => {
  const o = openings[k % openings.length];
  if (!o) throw new Error("no opening");
  rankKeysForOpening(o, pool, keys);
  for (let r = 0; r < TOP && r < keys.length; r++) explainPair(o, pool, slotOfKey(pool, keys[r] ?? 0));
};
for (let k = 0; k < OPENINGS * 2; k++) rankOnce(k); // warm-up: let the JIT settle

const times: number[] = [];
for (let k = 0; k < RUNS; k++) {
  const start = performance.now();
  rankOnce(k);
  times.push(performance.now() - start);
}
const totalMs = times.reduce((a, b) => a + b, 0);
const pairsPerSecond = Math.round((RUNS * n) / (totalMs / 1000));
const heapMb = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
benchBundles();
console.log(
  `candidates=${n} pairs_per_second=${pairsPerSecond} rank_p50_ms=${percentile(times, 0.5).toFixed(1)} rank_p95_ms=${percentile(times, 0.95).toFixed(1)} heap_mb=${heapMb}`,
);

/**
 * Bundles for one Odense citizen (10–15 h, weekday mornings and afternoons, one must-need, 25 km)
 * against 5,000 open openings in a LiveOpeningPool, as the app holds them: 70 % small jobs of 2–5 h
 * with one or two slots, half of them near her. Timed per request: compile her against the pool's
 * dictionary, then search. Runs after the heap figure above, so that figure is the ranking's alone.
 */
function benchBundles() {
  const NEAR = ["5000", "5200", "5210", "5220", "5230", "5250"];
  const weekdays = SLOTS.filter((s) => /^(mon|tue|wed|thu|fri)-(morning|afternoon)$/.test(s));
  const live = new LiveOpeningPool();
  for (let k = 0; k < 5000; k++) {
    const o = opening(k);
    if (rand() < 0.7) {
      const min = 2 + Math.floor(rand() * 4);
      o.weeklyHours = { min, max: Math.min(5, min + Math.floor(rand() * 2)) };
      o.schedule = rand() < 0.2 ? [] : pickSome(weekdays, 1 + Math.floor(rand() * 2));
      if (rand() < 0.7) o.accommodations = [...o.accommodations, "no_heavy_lifting"];
    }
    if (rand() < 0.5) o.postalCode = pick(NEAR);
    live.upsert(o);
  }
  const citizen: Candidate = {
    id: "bundle-citizen",
    weeklyHours: { min: 10, max: 15 },
    availability: weekdays,
    skills: pickSome(COMMON_SKILLS, 4),
    wishes: { occupations: pickSome(COMMON_SKILLS, 1), industries: [], openToNewField: true },
    needs: [{ code: "no_heavy_lifting", level: "must" }, { code: "extra_breaks", level: "prefer" }],
    postalCode: "5000",
    maxCommuteKm: 25,
  };
  const once = () => bundlesForCandidate(compileCandidateWith(citizen, live.dict), live.openings);
  for (let k = 0; k < 20; k++) once();
  const bundleTimes: number[] = [];
  let found = 0;
  for (let k = 0; k < RUNS; k++) {
    const start = performance.now();
    found = once().length;
    bundleTimes.push(performance.now() - start);
  }
  console.log(`bundles: 1 citizen (10–15 h) against ${live.size} openings, ${found} bundles, ${RUNS} timed runs`);
  console.log(`bundles_p50_ms=${percentile(bundleTimes, 0.5).toFixed(1)} bundles_p95_ms=${percentile(bundleTimes, 0.95).toFixed(1)}`);
}
