import { readFileSync } from "node:fs";
const cookie = readFileSync("/tmp/ecookie", "utf8").trim(); const op = readFileSync("/tmp/op", "utf8").trim();
const t0 = performance.now(); let firstRanked = -1; const acc: number[] = [];
const timed = async (url: string, c = "") => { const t = performance.now(); const r = await fetch(url, { headers: c ? { cookie: c } : {} }); await r.text(); return { ms: performance.now() - t, ok: r.ok }; };
for (;;) { try { await fetch("http://localhost:3100/api/health"); break; } catch { await new Promise((r) => setTimeout(r, 50)); } }
const up = performance.now() - t0;
await timed("http://localhost:3100/accessibility");
const ranked = timed(`http://localhost:3100/employer/openings/${op}/candidates`, cookie).then((r) => { firstRanked = performance.now() - t0; return r; });
while (firstRanked < 0) { acc.push((await timed("http://localhost:3100/accessibility")).ms); await new Promise((r) => setTimeout(r, 100)); }
const r = await ranked;
console.log({ serverUpMs: Math.round(up), firstRankedSinceStartMs: Math.round(firstRanked), rankedRequestMs: Math.round(r.ms), ok: r.ok, yardstickWhileBuilding: acc.map(Math.round) });
