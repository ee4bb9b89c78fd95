// One app instance, as far as the ranking pools go: a process of its own that starts the pools as
// the server does (instrumentation.ts: build, LISTEN, timer) and is driven over stdin, one JSON
// command per line, answering one JSON line on stdout. Used by two-instances.test.ts.
import { createInterface } from "node:readline";
import { employerCompanyIds } from "@/lib/db/employer-scope";
import { profileIdFromRef } from "@/lib/privacy/pseudonyms";
import { rankCandidatesForOpeningForEmployer } from "@/lib/db/employer-candidates";
import { saveProfileStep } from "@/lib/db/profile";
import { currentPools, freshPools, startPools } from "@/lib/db/pools";
import type { Actor } from "@/lib/db/audit";

type Command =
  | { cmd: "ready" }
  | { cmd: "inPool"; profileId: string }
  | { cmd: "ranked"; actor: Actor; openingId: string }
  | { cmd: "setVisible"; actor: Actor; visible: boolean };

async function run(c: Command): Promise<unknown> {
  switch (c.cmd) {
    case "ready":
      await freshPools();
      return { ok: true };
    case "inPool": {
      // What background syncing has applied, without a sync of its own.
      const pools = currentPools();
      return { inPool: pools ? pools.candidates.live.slotOf(c.profileId) >= 0 : null };
    }
    case "ranked": {
      const result = await rankCandidatesForOpeningForEmployer(c.actor, c.openingId);
      // Cards carry the company's references; the test speaks of profile ids.
      const companies = await employerCompanyIds(c.actor);
      return { ids: [...(result?.items ?? []), ...(result?.almost ?? [])].map((r) => profileIdFromRef(r.card.id, companies)), eligible: result?.eligible ?? null };
    }
    case "setVisible":
      return { ok: await saveProfileStep(c.actor, { step: "visibility", data: { visibleToEmployers: c.visible, summaryShareable: false, showEmployerNames: false } }, 8, null) };
  }
}

startPools(process.env.DATABASE_URL!);
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  run(JSON.parse(line) as Command).then(
    (out) => process.stdout.write(`${JSON.stringify(out)}\n`),
    (err: unknown) => process.stdout.write(`${JSON.stringify({ error: String(err) })}\n`),
  );
});
lines.on("close", () => process.exit(0));
