// What the citizen pages cost a phone: `npm run bench:citizen-pages [-- --base URL]`.
// Needs a running app with the demo seed, ideally the production build (`npm run demo`).
// Signs in as the demo citizen in Debian's Chromium and, for every citizen page, measures the
// server response time (TTFB), the JavaScript the browser fetched (compressed and decompressed)
// and the time to DOMContentLoaded. Each page is loaded in a fresh cache, 3 times; the median is
// printed. The last line sums it up:
//   pages=<n> js_kb_gzip_max=<n> js_kb_max=<n> ttfb_ms_p50=<n> ttfb_ms_max=<n>
import { chromium } from "@playwright/test";
import { demoAccounts, demoPassword } from "../lib/auth/demo-accounts";

const k = process.argv.indexOf("--base");
const base = k >= 0 ? process.argv[k + 1]! : (process.env.BASE_URL ?? "http://localhost:3000");
const pages = [
  "/citizen", "/citizen/profile", "/citizen/profile/about", "/citizen/profile/skills", "/citizen/profile/hours",
  "/citizen/profile/needs", "/citizen/profile/preview", "/citizen/jobs", "/citizen/jobs/all", "/citizen/matches",
  "/citizen/events", "/citizen/articles", "/citizen/notifications", "/citizen/my-data",
];
const runs = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, baseURL: base });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(demoAccounts.find((a) => a.role === "CITIZEN")!.email);
  await page.getByLabel("Adgangskode").fill(demoPassword);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL("**/citizen");
  const client = await context.newCDPSession(page);
  await client.send("Network.enable");
  await client.send("Network.setCacheDisabled", { cacheDisabled: true });

  const rows: { path: string; ttfb: number; dcl: number; jsGzip: number; js: number }[] = [];
  for (const path of pages) {
    const samples: { ttfb: number; dcl: number; jsGzip: number; js: number }[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(path, { waitUntil: "load" });
      samples.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((r) => r.initiatorType === "script" || r.name.endsWith(".js"));
          return {
            ttfb: nav.responseStart - nav.requestStart,
            dcl: nav.domContentLoadedEventEnd - nav.startTime,
            jsGzip: scripts.reduce((s, r) => s + r.encodedBodySize, 0),
            js: scripts.reduce((s, r) => s + r.decodedBodySize, 0),
          };
        }),
      );
    }
    const pick = (key: "ttfb" | "dcl" | "jsGzip" | "js") => median(samples.map((s) => s[key]));
    rows.push({ path, ttfb: pick("ttfb"), dcl: pick("dcl"), jsGzip: pick("jsGzip"), js: pick("js") });
  }
  const kb = (b: number) => (b / 1024).toFixed(1);
  console.log(["page".padEnd(28), "ttfb_ms".padStart(8), "dcl_ms".padStart(8), "js_kb_gzip".padStart(11), "js_kb".padStart(8)].join(" "));
  for (const r of rows) console.log([r.path.padEnd(28), r.ttfb.toFixed(0).padStart(8), r.dcl.toFixed(0).padStart(8), kb(r.jsGzip).padStart(11), kb(r.js).padStart(8)].join(" "));
  const ttfbs = rows.map((r) => r.ttfb);
  console.log(
    `pages=${rows.length} js_kb_gzip_max=${kb(Math.max(...rows.map((r) => r.jsGzip)))} js_kb_max=${kb(Math.max(...rows.map((r) => r.js)))} ttfb_ms_p50=${median(ttfbs).toFixed(0)} ttfb_ms_max=${Math.max(...ttfbs).toFixed(0)}`,
  );
} finally {
  await browser.close();
}
