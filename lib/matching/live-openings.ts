// Open openings compiled once and patched one at a time, for ranking jobs for a citizen: every
// opening is compiled against one shared skill dictionary (its own keys interned into it), so a
// citizen compiled against the same dictionary (compileCandidateWith) is scored against all of
// them without compiling anything per request. Kept sorted by id: position = tie-break rank,
// exactly as compileOpenings orders them.
import type { Opening } from "./schemas";
import type { CompiledOpening } from "./compile";
import { compareIds, compileOpening, openingKeysOf } from "./compile";

export class LiveOpeningPool {
  readonly dict = new Map<string, number>();
  /** Compiled openings sorted by id. */
  readonly openings: CompiledOpening[] = [];

  get size(): number {
    return this.openings.length;
  }

  /** Position of the opening in `openings`, or -1. */
  positionOf(id: string): number {
    const at = this.search(id);
    return this.openings[at]?.opening.id === id ? at : -1;
  }

  upsert(opening: Opening): void {
    // Intern every concept the opening compares on (in full or in part), so a later citizen's
    // concepts resolve to the ids this opening marked (a concept no opening uses needs no id).
    for (const key of openingKeysOf(opening)) if (!this.dict.has(key)) this.dict.set(key, this.dict.size);
    const compiled = compileOpening(opening, this);
    const at = this.search(opening.id);
    if (this.openings[at]?.opening.id === opening.id) this.openings[at] = compiled;
    else this.openings.splice(at, 0, compiled);
  }

  remove(id: string): boolean {
    const at = this.positionOf(id);
    if (at < 0) return false;
    this.openings.splice(at, 1);
    return true;
  }

  private search(id: string): number {
    let lo = 0;
    let hi = this.openings.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareIds(this.openings[mid]?.opening.id ?? "", id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
