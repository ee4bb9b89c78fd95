// An opening's skills compiled for the hot path. Each concept an opening names gets one entry of
// eight bitsets (64 bits = the schema's 50 skills): which required and preferred skills it meets
// in full, and which in part. `mark[conceptId]` is the entry's number (0 = the opening does not
// know the concept), so scoring a candidate is one lookup and a few ORs per concept she has.
import type { Requirement } from "./text/requirements";
import { requirementsOf } from "./text/requirements";

/** Entry layout: required full lo/hi, required partial lo/hi, preferred full lo/hi, preferred partial lo/hi. */
export const ENTRY_SIZE = 8;

export interface CompiledSkills {
  readonly required: readonly Requirement[];
  readonly preferred: readonly Requirement[];
  readonly mark: Uint16Array;
  readonly bits: Int32Array;
}

/** Every concept key an opening's skills compare on (the keys a shared dictionary must intern). */
export function skillKeysOf(required: readonly Requirement[], preferred: readonly Requirement[]): string[] {
  return [...new Set([...required, ...preferred].flatMap((r) => [...r.full, ...r.partial]))];
}

export function openingRequirements(requiredSkills: readonly string[] | undefined, preferredSkills: readonly string[] | undefined) {
  const required = requirementsOf(requiredSkills);
  // A skill that is both required and preferred counts once, as required.
  const preferred = requirementsOf(preferredSkills, required);
  return { required, preferred };
}

export function compileSkills(required: readonly Requirement[], preferred: readonly Requirement[], dict: ReadonlyMap<string, number>): CompiledSkills {
  const entryOf = new Map<number, number>();
  const rows: number[][] = [[0, 0, 0, 0, 0, 0, 0, 0]];
  const set = (key: string, column: number, index: number) => {
    const id = dict.get(key);
    if (id === undefined) return; // no candidate has it
    let entry = entryOf.get(id);
    if (entry === undefined) {
      entry = rows.length;
      entryOf.set(id, entry);
      rows.push([0, 0, 0, 0, 0, 0, 0, 0]);
    }
    const row = rows[entry]!;
    const at = column + (index < 32 ? 0 : 1);
    row[at] = (row[at] ?? 0) | (1 << index % 32);
  };
  required.forEach((r, i) => {
    for (const k of r.full) set(k, 0, i);
    for (const k of r.partial) set(k, 2, i);
  });
  preferred.forEach((r, i) => {
    for (const k of r.full) set(k, 4, i);
    for (const k of r.partial) set(k, 6, i);
  });
  if (rows.length > 0xffff) throw new RangeError("too many skill concepts for one opening");
  const mark = new Uint16Array(dict.size);
  for (const [id, entry] of entryOf) mark[id] = entry;
  return { required, preferred, mark, bits: Int32Array.from(rows.flat()) };
}
