// Ranking-quality metrics for the held-out evaluation set, and a naive reference check of the
// hard rules. The check is written from the rules in docs/matching.md and deliberately shares
// no code with the engine (only the postal-code coordinates), so an engine bug cannot hide in it.
import { postalCoordinates, type Candidate, type Opening } from "../../../../lib/matching";

export type Relevance = 0 | 1 | 2 | 3;
export type HardRule = "hours" | "needs" | "schedule" | "commute";

/** Graded gain: a 3 is worth far more than a 2, which is worth more than a 1. */
export const gain = (rel: number): number => 2 ** rel - 1;

/** Discounted cumulative gain of the first k relevances (positions 1…k, log2(i + 1) discount). */
export function dcgAtK(rels: readonly number[], k: number): number {
  let sum = 0;
  rels.slice(0, k).forEach((rel, i) => {
    sum += gain(rel) / Math.log2(i + 2);
  });
  return sum;
}

/**
 * NDCG@k of a ranking (ids, best first) against graded labels (missing = 0). The ideal ranking
 * is the labels themselves sorted, not the ranked list, so a relevant profile the engine left
 * out of the top k still counts against it. With nothing relevant to find the score is 1.
 */
export function ndcgAtK(rankedIds: readonly string[], labels: Readonly<Record<string, number>>, k: number): number {
  const ideal = dcgAtK(
    Object.values(labels).sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return 1;
  return dcgAtK(
    rankedIds.map((id) => labels[id] ?? 0),
    k,
  ) / ideal;
}

/** Needs about the room that a citizen working from home controls herself (the remote rule). */
const MET_BY_REMOTE = new Set(["remote_work", "quiet_environment", "low_noise", "adjusted_lighting", "indoor_work"]);
const EARTH_RADIUS_KM = 6371.0088;

function haversine(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** Distance in km between two postal codes' centroids, or undefined if either is unknown. */
export function referenceDistanceKm(a: string, b: string): number | undefined {
  const pa = postalCoordinates(a);
  const pb = postalCoordinates(b);
  return pa && pb ? haversine(pa, pb) : undefined;
}

/** The hard rules a pair breaks, in rule order; empty = a consultant may propose her. */
export function hardRuleBreaks(opening: Opening, candidate: Candidate): HardRule[] {
  const broken: HardRule[] = [];
  const o = opening.weeklyHours;
  const c = candidate.weeklyHours;
  if (c.max < o.min || o.max < c.min) broken.push("hours");

  const offered = new Set(opening.accommodations);
  const unmet = candidate.needs.some(
    (n) => n.level === "must" && !offered.has(n.code) && !(opening.remote === true && MET_BY_REMOTE.has(n.code)),
  );
  if (unmet) broken.push("needs");

  const schedule = opening.schedule ?? [];
  const availability = candidate.availability ?? [];
  if (schedule.length > 0 && availability.length > 0 && !schedule.some((s) => availability.includes(s))) broken.push("schedule");

  if (opening.remote !== true && candidate.maxCommuteKm !== undefined) {
    const km = referenceDistanceKm(opening.postalCode, candidate.postalCode);
    if (km !== undefined && km > candidate.maxCommuteKm) broken.push("commute");
  }
  return broken;
}
