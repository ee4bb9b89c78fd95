// The k-anonymous area labels of k-anonymity.ts, kept up to date one candidate at a time.
//
// areaLabels() needs two counts per candidate: how many share its (municipality, MUST needs)
// group, and, for those whose group is smaller than k, how many of the candidates moved up to the
// region share its (region, MUST needs). Both are kept as counters, so adding, changing or
// removing one candidate is O(1), and a label is read from the counters when a card is shown.
// Exactly the labels areaLabels() computes over the same subjects (a property test checks it).
// Subjects are keyed by a small integer (the candidate pool's slot).
import { K_ANONYMITY, type AreaLabel, type AreaSubject } from "./k-anonymity";

type Group = { municipalityId: string; municipalityName: string; region: string; regionGroup: number; count: number };

function needsKey(needs: readonly string[]): string {
  return [...new Set(needs)].sort().join(",");
}

export class AreaIndex {
  private groups: Group[] = [];
  private groupIds = new Map<string, number>();
  /** Per (region, needs): how many candidates of that region sit in groups smaller than k. */
  private regionMoved: number[] = [];
  private regionIds = new Map<string, number>();
  /** Group of each key (slot); -1 = none. */
  private groupOf = new Int32Array(1024).fill(-1);

  constructor(private readonly k: number = K_ANONYMITY) {}

  /** Sets (or replaces) the subject stored under `key`. */
  set(key: number, s: Omit<AreaSubject, "id">): void {
    this.delete(key);
    if (key >= this.groupOf.length) {
      const next = new Int32Array(Math.max(key + 1, this.groupOf.length * 2)).fill(-1);
      next.set(this.groupOf);
      this.groupOf = next;
    }
    const needs = needsKey(s.mustNeeds);
    const gKey = `${s.municipalityId}|${needs}`;
    let g = this.groupIds.get(gKey);
    if (g === undefined) {
      const rKey = `${s.region}|${needs}`;
      let r = this.regionIds.get(rKey);
      if (r === undefined) {
        r = this.regionMoved.length;
        this.regionIds.set(rKey, r);
        this.regionMoved.push(0);
      }
      g = this.groups.length;
      this.groupIds.set(gKey, g);
      this.groups.push({ municipalityId: s.municipalityId, municipalityName: s.municipalityName, region: s.region, regionGroup: r, count: 0 });
    }
    this.groupOf[key] = g;
    this.bump(g, +1);
  }

  delete(key: number): void {
    const g = this.groupOf[key] ?? -1;
    if (g < 0) return;
    this.groupOf[key] = -1;
    this.bump(g, -1);
  }

  label(key: number): AreaLabel {
    const group = this.groups[this.groupOf[key] ?? -1];
    if (!group) return { level: "country" };
    if (group.count >= this.k) {
      return { level: "municipality", name: group.municipalityName, municipalityId: group.municipalityId, region: group.region };
    }
    if (group.region !== "" && (this.regionMoved[group.regionGroup] ?? 0) >= this.k) return { level: "region", name: group.region, region: group.region };
    return { level: "country" };
  }

  /**
   * The label a subject would get if it joined the index now (a hidden card's preview): her
   * group and her region's count of generalised people each grow by her.
   */
  labelIfAdded(s: Omit<AreaSubject, "id">): AreaLabel {
    const needs = needsKey(s.mustNeeds);
    const g = this.groupIds.get(`${s.municipalityId}|${needs}`);
    const count = (g === undefined ? 0 : (this.groups[g]?.count ?? 0)) + 1;
    if (count >= this.k) return { level: "municipality", name: s.municipalityName, municipalityId: s.municipalityId, region: s.region };
    const r = this.regionIds.get(`${s.region}|${needs}`);
    const moved = (r === undefined ? 0 : (this.regionMoved[r] ?? 0)) + 1;
    if (s.region !== "" && moved >= this.k) return { level: "region", name: s.region, region: s.region };
    return { level: "country" };
  }

  /** Whether the label of `key` matches an area filter ("m:<municipalityId>" or "r:<region>") without building it. */
  matches(key: number, filter: string): boolean {
    const group = this.groups[this.groupOf[key] ?? -1];
    if (!group) return false;
    const shown = group.count >= this.k ? "municipality" : group.region !== "" && (this.regionMoved[group.regionGroup] ?? 0) >= this.k ? "region" : "country";
    if (shown === "country") return false;
    if (filter.startsWith("m:")) return shown === "municipality" && group.municipalityId === filter.slice(2);
    if (filter.startsWith("r:")) return group.region === filter.slice(2);
    return false;
  }

  /**
   * A test for one area filter, prepared once per filter: which groups match is worked out for
   * every group up front, so testing a candidate is two array reads (browse tests every one).
   */
  matcher(filter: string): (key: number) => boolean {
    const groupMatches = new Uint8Array(this.groups.length);
    for (let g = 0; g < this.groups.length; g++) {
      const group = this.groups[g]!;
      const shown = group.count >= this.k ? "municipality" : group.region !== "" && (this.regionMoved[group.regionGroup] ?? 0) >= this.k ? "region" : "country";
      const ok =
        shown !== "country" &&
        ((filter.startsWith("m:") && shown === "municipality" && group.municipalityId === filter.slice(2)) || (filter.startsWith("r:") && group.region === filter.slice(2)));
      groupMatches[g] = ok ? 1 : 0;
    }
    const groupOf = this.groupOf;
    return (key) => groupMatches[groupOf[key] ?? -1] === 1;
  }

  /** Every distinct label that at least one subject shows (for the area filter's choices). */
  shownLabels(): AreaLabel[] {
    const out = new Map<string, AreaLabel>();
    for (const g of this.groups) {
      if (g.count === 0) continue;
      if (g.count >= this.k) {
        out.set(`m:${g.municipalityId}`, { level: "municipality", name: g.municipalityName, municipalityId: g.municipalityId, region: g.region });
      } else if (g.region !== "" && (this.regionMoved[g.regionGroup] ?? 0) >= this.k) {
        out.set(`r:${g.region}`, { level: "region", name: g.region, region: g.region });
      }
    }
    return [...out.values()];
  }

  private bump(g: number, delta: number): void {
    const group = this.groups[g];
    if (!group) return;
    const before = group.count;
    const after = before + delta;
    group.count = after;
    // Only groups below k are moved up to the region; keep the region's moved count in step.
    const moved = (before < this.k ? before : 0) - (after < this.k ? after : 0);
    this.regionMoved[group.regionGroup] = (this.regionMoved[group.regionGroup] ?? 0) - moved;
  }
}
