import type { TestProject } from "vitest/node";
import { dropDatabase, freshDatabase } from "../prepare-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// A fresh database per run, migrated with `prisma migrate deploy` like production. IT_DB names
// it instead, for runs that must keep to their own database names (parallel checkouts).
const name = process.env.IT_DB ?? `refleks_it_${process.pid}`;

export default async function setup(project: TestProject) {
  project.provide("databaseUrl", await freshDatabase(name));
  return async () => {
    await dropDatabase(name);
  };
}
