import { prisma } from "./client";
import { openingRowSelect, toOpening } from "@/lib/matches/adapter";
import { LiveOpeningPool } from "@/lib/matching";

// The open openings compiled for ranking jobs for citizens, with the lower-cased text the free-text
// filter searches: built once per process, patched one opening at a time from the change feed
// (pools.ts). Everything a page shows beyond the engine is loaded for the shown page only.

const poolSelect = { ...openingRowSelect, description: true } as const;

// Versions are unique for the life of the process, across rebuilds too: caches key on them.
let versions = 0;

export class OpeningPoolState {
  readonly live = new LiveOpeningPool();
  /** Title, description, occupation and industry, lower-cased, by opening id. */
  readonly text = new Map<string, string>();
  /** A new number after every patch (and for every new build): caches key on it. */
  version = ++versions;

  apply(row: { id: string; title: string; description: string; occupation: string | null; industry: string | null } & Parameters<typeof toOpening>[0]): void {
    this.live.upsert(toOpening(row));
    this.text.set(row.id, [row.title, row.description, row.occupation ?? "", row.industry ?? ""].join("\n").toLowerCase());
  }

  drop(id: string): void {
    this.live.remove(id);
    this.text.delete(id);
  }
}

const CHUNK = 2000;

export async function buildOpeningPool(): Promise<OpeningPoolState> {
  const state = new OpeningPoolState();
  let cursor: string | undefined;
  for (;;) {
    const rows = await prisma.jobOpening.findMany({
      where: { status: "OPEN" },
      select: poolSelect,
      orderBy: { id: "asc" },
      take: CHUNK,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const row of rows) state.apply(row);
    if (rows.length < CHUNK) break;
    cursor = rows[rows.length - 1]!.id;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return state;
}

/** Reloads the given openings: open ones are patched in, the others (draft, filled, closed, deleted) dropped. */
export async function patchOpeningPool(state: OpeningPoolState, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await prisma.jobOpening.findMany({ where: { id: { in: [...ids] }, status: "OPEN" }, select: poolSelect });
  const found = new Set(rows.map((r) => r.id));
  for (const row of rows) state.apply(row);
  for (const id of ids) if (!found.has(id)) state.drop(id);
  state.version = ++versions;
}
