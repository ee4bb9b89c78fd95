import { defineConfig, devices } from "@playwright/test";
import { e2ePort as port, oidcIssuer, serverEnv, workerEnv, workerPort } from "./tests/e2e/server-env";

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
    // Sign-in through a real OpenID Connect provider (the MitID broker's stand-in).
    { name: "oidc", testMatch: "oidc.spec.ts", use: chromium },
    { name: "matrix", testMatch: "route-matrix.spec.ts", use: chromium }, // every route × six identities: status and no other tenant's data (GETs only)
    // Two web instances and the worker (it starts a second web instance), and a web instance on a
    // database that freezes: after all the others.
    { name: "instances", testMatch: /(instances|database-freeze)\.spec\.ts/, use: chromium, dependencies: ["anonymous", "citizen", "employer", "consultant", "oidc", "matrix"] },
  ],
  // The built app (npm run test:e2e builds it) on a fresh, seeded PostgreSQL database, with
  // one worker for the background jobs beside it, as in production (docs/deployment.md), and the
  // OpenID Connect provider the app signs in through (the app reads its discovery at sign-in).
  webServer: [
    {
      command: "node_modules/.bin/tsx tests/e2e/oidc-server.ts",
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node --import tsx scripts/server.ts -p ${port}`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: serverEnv,
    },
    {
      command: "node_modules/.bin/tsx scripts/worker.ts",
      url: `http://127.0.0.1:${workerPort}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: workerEnv,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
