import pino from "pino";

// Structured server log. Never log passwords, CPR numbers or profile content; log ids and context.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "refleks" },
  redact: ["password", "*.password", "passwordHash", "*.passwordHash"],
});
