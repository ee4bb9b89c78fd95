// Re-identification guard for the area shown on employer-visible candidate cards.
//
// A card shows the candidate's area and needs. In a small municipality a rare set of needs can
// point at one person, so the pair (area, set of MUST needs) must be shared by at least K people
// of the pool before the municipality is shown. Otherwise the area is generalised one level (the
// region), counting only the people who were generalised too, because an employer who sees three
// "Gentofte + quiet surroundings" cards knows that a "Region Hovedstaden + quiet surroundings" card
// is NOT one of them. Still fewer than K at region level: the country. Pure and deterministic.

export const K_ANONYMITY = 3;

export type AreaSubject = {
  id: string;
  municipalityId: string;
  municipalityName: string;
  /** "" when the municipality has no region recorded: it then generalises straight to the country. */
  region: string;
  /** Codes of the candidate's MUST needs (order and duplicates do not matter). */
  mustNeeds: readonly string[];
};

export type AreaLabel =
  | { level: "municipality"; name: string; municipalityId: string; region: string }
  | { level: "region"; name: string; region: string }
  | { level: "country" };

function needsKey(needs: readonly string[]): string {
  return [...new Set(needs)].sort().join(",");
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The area label each subject may show, by id, so that every shown (area, needs) pair has ≥ k people. */
export function areaLabels(pool: readonly AreaSubject[], k: number = K_ANONYMITY): Map<string, AreaLabel> {
  const labels = new Map<string, AreaLabel>();
  const byMunicipality = (s: AreaSubject) => `${s.municipalityId}|${needsKey(s.mustNeeds)}`;
  const municipalityCounts = countBy(pool, byMunicipality);
  const toRegion: AreaSubject[] = [];
  for (const s of pool) {
    if ((municipalityCounts.get(byMunicipality(s)) ?? 0) >= k) {
      labels.set(s.id, { level: "municipality", name: s.municipalityName, municipalityId: s.municipalityId, region: s.region });
    } else {
      toRegion.push(s);
    }
  }
  const byRegion = (s: AreaSubject) => `${s.region}|${needsKey(s.mustNeeds)}`;
  const regionCounts = countBy(
    toRegion.filter((s) => s.region !== ""),
    byRegion,
  );
  for (const s of toRegion) {
    const shared = s.region !== "" && (regionCounts.get(byRegion(s)) ?? 0) >= k;
    labels.set(s.id, shared ? { level: "region", name: s.region, region: s.region } : { level: "country" });
  }
  return labels;
}

/** The label as text; `country` is the reader's word for the whole country ("Danmark"). */
export function areaText(label: AreaLabel | undefined, country: string): string {
  return label && label.level !== "country" ? label.name : country;
}

/** Whether a label matches an area filter: "m:<municipalityId>" or "r:<region>". */
export function matchesArea(label: AreaLabel | undefined, filter: string): boolean {
  if (!label || label.level === "country") return false;
  if (filter.startsWith("m:")) return label.level === "municipality" && label.municipalityId === filter.slice(2);
  if (filter.startsWith("r:")) return label.region === filter.slice(2);
  return false;
}
