import { inject } from "vitest";

// Runs before each test file's imports, so lib/db/client connects to the run's database.
process.env.DATABASE_URL = inject("databaseUrl");
