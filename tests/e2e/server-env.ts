import { databaseUrl } from "../db-url";

// The environment of the e2e web instances and the worker: one database, one secret, so a
// session made on one web instance is not needed on another (each signs in on its own origin).
export const e2ePort = Number(process.env.E2E_PORT ?? 3005);
/** The second web instance of the multi-instance test (consultant-instances.spec.ts). */
export const e2ePortB = e2ePort + 1;
export const workerPort = e2ePort + 2;

/** The test OpenID Connect provider (tests/e2e/oidc-server.ts), standing in for the MitID broker. */
export const oidcPort = Number(process.env.E2E_OIDC_PORT ?? e2ePort + 10);
// 127.0.0.1, not localhost: another site than the app, as a real broker is (cookies are not per port).
export const oidcIssuer = `http://127.0.0.1:${oidcPort}`;
export const oidcClient = { id: "refleks-e2e", secret: "e2e-only-oidc-client-secret-0123456789" };

export const serverEnv = {
  DATABASE_URL: databaseUrl(process.env.E2E_DB ?? "refleks_e2e"),
  AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
  AUTH_TRUST_HOST: "true",
  DEMO_MODE: "1",
  LOG_LEVEL: "warn",
  // Web instances run no jobs, as in production (docs/deployment.md): the worker does.
  JOBS: "0",
  // Sign-in through the test OpenID Connect provider: the sign-in page shows "Log ind med MitID".
  OIDC_ISSUER: oidcIssuer,
  OIDC_CLIENT_ID: oidcClient.id,
  OIDC_CLIENT_SECRET: oidcClient.secret,
};

/** The worker runs only the jobs that are sent (no cron schedules: reminders would race the tests). */
export const workerEnv = { ...serverEnv, JOBS: "1", JOBS_SCHEDULE: "0", WORKER_PORT: String(workerPort) };
