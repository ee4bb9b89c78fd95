// Lighthouse (mobile) on the sign-in page and the citizen's home, against a running production
// build in demo mode: `npm run build`, `DEMO_MODE=1 … npm run start`, then
//   npm run lighthouse -- [--base http://localhost:3000]
// Lighthouse 12.2.3 runs through npx (not a dependency: it is large and only this script uses it),
// in Debian's Chromium. The citizen page gets the demo citizen's session cookie.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright";
import { demoAccounts, demoPassword } from "../lib/auth/demo-accounts";

const baseArg = process.argv.indexOf("--base");
const base = baseArg > 0 ? process.argv[baseArg + 1]! : "http://localhost:3000";
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

async function citizenCookie(): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromePath });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("E-mail").fill(demoAccounts.find((a) => a.role === "CITIZEN")!.email);
  await page.getByLabel("Adgangskode").fill(demoPassword);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await page.waitForURL(/\/citizen$/);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await browser.close();
  return cookie;
}

function lighthouse(url: string, out: string, headers?: Record<string, string>) {
  const args = ["-y", "lighthouse@12.2.3", url, "--quiet", "--form-factor=mobile", "--only-categories=accessibility,performance", "--chrome-flags=--headless=new --no-sandbox", "--output=json", `--output-path=${out}`];
  if (headers) args.push(`--extra-headers=${JSON.stringify(headers)}`);
  execFileSync("npx", args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: chromePath } });
  const report = JSON.parse(readFileSync(out, "utf8"));
  const score = (c: string) => Math.round(report.categories[c].score * 100);
  const ms = (a: string) => Math.round(report.audits[a].numericValue);
  console.log(`${url}: accessibility ${score("accessibility")}, performance ${score("performance")} (LCP ${ms("largest-contentful-paint")} ms, TBT ${ms("total-blocking-time")} ms, CLS ${report.audits["cumulative-layout-shift"].displayValue})`);
}

const dir = mkdtempSync(path.join(tmpdir(), "lighthouse-"));
lighthouse(`${base}/sign-in`, path.join(dir, "sign-in.json"));
lighthouse(`${base}/citizen`, path.join(dir, "citizen.json"), { Cookie: await citizenCookie() });
