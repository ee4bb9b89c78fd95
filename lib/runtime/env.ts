import { z } from "zod";

// Server configuration, validated once. Every variable is documented in README.md.
const schema = z.object({
  DATABASE_URL: z.string().url().default("postgresql://postgres@127.0.0.1:5432/refleks_dev"),
  /** Connections in this instance's query pool (pg). See README: instances × (this + 3) ≤ max_connections. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  /** How long to wait for a database connection (also a frozen server's) before the request fails. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  /** The longest a query may run: on the server (statement_timeout) and in the client (a frozen server never answers). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Audit rows older than this many days are deleted by a daily job (default: five years). */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).default(1826),
  DEMO_MODE: z.enum(["0", "1"]).default("0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("MitID"),
  SIGNIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  /** The first lock of an account after SIGNIN_MAX_FAILURES; each further lock within a day doubles it. */
  SIGNIN_LOCK_SECONDS: z.coerce.number().int().positive().default(60),
  /** The longest lock, so that an attacker cannot keep a person out for good. */
  SIGNIN_LOCK_MAX_SECONDS: z.coerce.number().int().positive().default(3600),
  /** How many reverse proxies of our own stand in front of the app (0: use the socket address). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** smtp(s)://user:pass@host:port for notification e-mail; unset turns e-mail off. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(1).default("Refleks <no-reply@refleks.local>"),
  /** The site's public address, for absolute links in e-mail; unset gives paths only. */
  APP_URL: z.string().url().optional(),
});

export type Env = z.infer<typeof schema>;

export const env: Env = schema.parse(process.env);

export const oidcEnabled = Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
