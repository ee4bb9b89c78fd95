import type { TestProject } from "vitest/node";
import { dropDatabase, freshDatabase } from "../prepare-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// A fresh database per run, migrated with `prisma migrate deploy` like production.
const name = `refleks_it_${process.pid}`;

export default async function setup(project: TestProject) {
  project.provide("databaseUrl", await freshDatabase(name));
  return async () => {
    await dropDatabase(name);
  };
}
