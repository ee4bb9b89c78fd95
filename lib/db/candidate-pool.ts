import { prisma } from "./client";
import { toCandidate, type CandidateRow } from "@/lib/matches/adapter";
import { LiveCandidatePool } from "@/lib/matching";
import { AreaIndex } from "@/lib/privacy/area-index";

// The pool of candidates employers may see, compiled for the engine, with their k-anonymous
// area labels: built once per process in chunks, then patched one profile at a time from the
// change feed (pools.ts). Only engine columns are loaded, and the rows are dropped once compiled.

/** Statuses of citizens looking for work; with a visible card, employers may see them. */
export const SEEKING_STATUSES = ["SEEKING", "EMPLOYED_WANTS_CHANGE"] as const;

/** The same rule as `visibleCandidate` (employer-candidate-pool.ts), for the pool's raw SQL. */
const VISIBLE_SQL = `p."visibleToEmployers" AND p.status IN (${SEEKING_STATUSES.map((s) => `'${s}'`).join(", ")})`;

/** Rows read per query while building. */
const CHUNK = 5000;

type PoolRow = CandidateRow & { municipalityId: string };

export type Municipalities = Map<string, { name: string; region: string }>;

// Versions are unique for the life of the process, across rebuilds too: caches key on them.
let versions = 0;

export class CandidatePoolState {
  readonly live = new LiveCandidatePool(1024);
  readonly areas = new AreaIndex();
  /** A new number after every patch (and for every new build): caches of rankings key on it. */
  version = ++versions;

  constructor(private readonly municipalities: Municipalities) {}

  apply(row: PoolRow): void {
    const slot = this.live.upsert(toCandidate(row));
    const m = this.municipalities.get(row.municipalityId);
    const mustNeeds = row.needs.filter((n) => n.level === "MUST").map((n) => n.code);
    this.areas.set(slot, { municipalityId: row.municipalityId, municipalityName: m?.name ?? "", region: m?.region ?? "", mustNeeds });
  }

  drop(id: string): void {
    const slot = this.live.slotOf(id);
    if (slot < 0) return;
    this.areas.delete(slot);
    this.live.remove(id);
  }
}

// Lists travel as one string each, joined with the unit separator (U+001F, which no saved word
// contains: the profile and opening schemas refuse control characters), because parsing 116,000
// rows of PostgreSQL array literals was the slowest part of a build.
const SEP = "\u001f";
const list = (column: string) => `array_to_string(${column}, chr(31))`;

function select(where: string) {
  return `SELECT p.id, p."hoursMin", p."hoursMax", ${list("p.availability")} AS availability, ${list("p.skills")} AS skills,
            ${list('p."wishOccupations"')} AS "wishOccupations", ${list('p."wishIndustries"')} AS "wishIndustries",
            p."openToNewField", p."postalCode", p."maxCommuteKm", p."municipalityId",
            coalesce((SELECT string_agg(n.code || ':' || n.level::text, chr(31)) FROM "AccommodationNeed" n WHERE n."profileId" = p.id), '') AS needs
       FROM "CitizenProfile" p WHERE ${VISIBLE_SQL} AND ${where}`;
}

type RawRow = Omit<PoolRow, "needs" | "availability" | "skills" | "wishOccupations" | "wishIndustries"> & {
  needs: string;
  availability: string;
  skills: string;
  wishOccupations: string;
  wishIndustries: string;
};

const split = (joined: string) => (joined === "" ? [] : joined.split(SEP));

function toRow(raw: RawRow): PoolRow {
  return {
    ...raw,
    availability: split(raw.availability),
    skills: split(raw.skills),
    wishOccupations: split(raw.wishOccupations),
    wishIndustries: split(raw.wishIndustries),
    needs: split(raw.needs).map((n) => {
      const [code = "", level] = n.split(":");
      return { code, level: level === "MUST" ? "MUST" : "PREFER" };
    }),
  };
}

export async function loadMunicipalities(): Promise<Municipalities> {
  const rows = await prisma.municipality.findMany({ select: { id: true, name: true, region: true } });
  return new Map(rows.map((m) => [m.id, { name: m.name, region: m.region }]));
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Builds the pool from scratch, CHUNK rows at a time in id order, yielding to the event loop
 * between chunks so other requests are served while it runs.
 */
export async function buildCandidatePool(): Promise<CandidatePoolState> {
  const state = new CandidatePoolState(await loadMunicipalities());
  const chunkAfter = (after: string) => prisma.$queryRawUnsafe<RawRow[]>(`${select(`p.id > $1`)} ORDER BY p.id LIMIT ${CHUNK}`, after);
  let rows = await chunkAfter("");
  for (;;) {
    // The next chunk is asked for before this one is compiled, so the database works on it
    // (on the other core) meanwhile.
    const next = rows.length === CHUNK ? chunkAfter(rows[rows.length - 1]!.id) : null;
    for (let i = 0; i < rows.length; i++) {
      state.apply(toRow(rows[i]!));
      if (i % 1000 === 999) await yieldToEventLoop();
    }
    if (!next) break;
    rows = await next;
  }
  return state;
}

/** Reloads the given profiles: visible ones are patched in, the others (hidden, paused, deleted) dropped. */
export async function patchCandidatePool(state: CandidatePoolState, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await prisma.$queryRawUnsafe<RawRow[]>(select(`p.id = ANY($1::text[])`), [...ids]);
  const found = new Set<string>();
  for (const raw of rows) {
    found.add(raw.id);
    state.apply(toRow(raw));
  }
  for (const id of ids) if (!found.has(id)) state.drop(id);
  state.version = ++versions;
}
