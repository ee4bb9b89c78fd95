import type pg from "pg";

// The change-burst part of bench:scale: 50 visible profiles change by SQL, one UPDATE each (as
// another instance, a job or a script would), while the yardstick page is polled. The first
// candidate on the opening's first page is hidden, so "visible" is the moment that page stops
// showing it. Everything is put back afterwards.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(url: string, cookie = ""): Promise<{ ms: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: cookie ? { cookie } : {} });
  const body = await res.text();
  return { ms: performance.now() - t0, body };
}

async function pollMax(url: string, untilMs: number): Promise<number> {
  let max = 0;
  while (performance.now() < untilMs) {
    max = Math.max(max, (await timed(url)).ms);
    await sleep(20);
  }
  return max;
}

export async function measureChangeBurst(o: { base: string; db: pg.Client; employerCookie: string; rankedPath: string }) {
  const page = await timed(`${o.base}${o.rankedPath}`, o.employerCookie);
  const top = /href="\/employer\/candidates\/([^"?]+)/.exec(page.body)?.[1];
  if (!top) throw new Error("the ranked page shows no candidate");
  const others = (
    await o.db.query<{ id: string }>(
      `SELECT id FROM "CitizenProfile" WHERE "visibleToEmployers" AND status = 'SEEKING' AND id <> $1 ORDER BY md5(id) LIMIT 49`,
      [top],
    )
  ).rows.map((r) => r.id);
  const yard = `${o.base}/accessibility`;
  const baselineMaxMs = Math.round(await pollMax(yard, performance.now() + 2000));

  // Poll the yardstick from before the burst until 3 s after it.
  const t0 = performance.now();
  const stall = pollMax(yard, t0 + 3500);
  await sleep(200);
  const changedAt = performance.now();
  await o.db.query(`UPDATE "CitizenProfile" SET "visibleToEmployers" = false WHERE id = $1`, [top]);
  for (const id of others) await o.db.query(`UPDATE "CitizenProfile" SET "hoursMax" = "hoursMax" + 0.5 WHERE id = $1`, [id]);
  let visibleMs = -1;
  while (performance.now() - changedAt < 10_000) {
    const now = await timed(`${o.base}${o.rankedPath}`, o.employerCookie);
    if (!now.body.includes(`/employer/candidates/${top}`)) {
      visibleMs = Math.round(performance.now() - changedAt);
      break;
    }
    await sleep(50);
  }
  const stallMs = Math.round(await stall);

  await o.db.query(`UPDATE "CitizenProfile" SET "visibleToEmployers" = true WHERE id = $1`, [top]);
  for (const id of others) await o.db.query(`UPDATE "CitizenProfile" SET "hoursMax" = "hoursMax" - 0.5 WHERE id = $1`, [id]);
  return { baselineMaxMs, stallMs, visibleMs };
}
