import { defineConfig, devices } from "@playwright/test";
import { databaseUrl } from "./tests/db-url";

const port = Number(process.env.E2E_PORT ?? 3005);
// Auth.js builds callback URLs from the host: use localhost, not 127.0.0.1.
const baseURL = `http://localhost:${port}`;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: true,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: { baseURL, trace: "retain-on-failure" },
  // One project per role, plus anonymous visitors.
  projects: [
    { name: "anonymous", testMatch: "anonymous.spec.ts", use: chromium },
    // Citizens mostly use a phone: their project runs at 360 px with touch.
    { name: "citizen", testMatch: /citizen.*\.spec\.ts/, use: { ...chromium, viewport: { width: 360, height: 740 }, hasTouch: true } },
    { name: "employer", testMatch: /employer.*\.spec\.ts/, use: chromium },
    { name: "consultant", testMatch: /consultant.*\.spec\.ts/, use: chromium },
  ],
  // The built app (npm run test:e2e builds it) on a fresh, seeded PostgreSQL database.
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: databaseUrl(process.env.E2E_DB ?? "refleks_e2e"),
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
      DEMO_MODE: "1",
      LOG_LEVEL: "warn",
      // Background jobs (pg-boss) are tested on their own (tests/integration/jobs.test.ts).
      JOBS: "0",
    },
  },
});
