// Signs in to an embedded database directory the way the app does: serves it over the Postgres wire
// protocol, points DATABASE_URL at it and calls authorizeCredentials. Prints one JSON line with
// the result and the rows the demo seed writes. Used by embedded-start.test.ts.
//   node --import tsx tests/integration/instances/embedded-sign-in.ts <pglite dir> <e-mail> <password>
import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const [dir, email, password] = process.argv.slice(2);
if (!dir || !email || !password) throw new Error("usage: embedded-sign-in.ts <pglite dir> <e-mail> <password>");

const port = await new Promise<number>((resolve, reject) => {
  const srv = createServer().once("error", reject);
  srv.listen(0, "127.0.0.1", () => {
    const address = srv.address();
    srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
  });
});
const db = await PGlite.create(dir);
const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 10 });
await server.start();
process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

const { authorizeCredentials } = await import("@/lib/auth/credentials");
const user = await authorizeCredentials({ email, password }, undefined);
const count = async (sql: string) => (await db.query<{ n: number }>(sql)).rows[0]!.n;
const counts = {
  users: await count(`SELECT count(*)::int AS n FROM "User"`),
  citizens: await count(`SELECT count(*)::int AS n FROM "CitizenProfile"`),
  employers: await count(`SELECT count(*)::int AS n FROM "Employer"`),
  openings: await count(`SELECT count(*)::int AS n FROM "JobOpening"`),
  matches: await count(`SELECT count(*)::int AS n FROM "Match"`),
  seedMarkers: await count(`SELECT count(*)::int AS n FROM refleks_embedded.demo_seed`),
};
console.log(JSON.stringify({ user, counts }));
process.exit(0);
