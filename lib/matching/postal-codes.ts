// Danish postal codes with the coordinates of their visual centre, and distances between
// them. Distances are great-circle (haversine) between centroids: good enough to tell a
// 5 km commute from a 40 km one, which is what a commute limit asks.
import data from "./data/postal-codes.json";

const EARTH_RADIUS_KM = 6371.0088;
const DEG = Math.PI / 180;

const table: Record<string, readonly number[] | undefined> = data.codes;

/** All known postal codes, sorted; a code's position is its index in distance tables. */
export const POSTAL_CODES: readonly string[] = Object.keys(table).sort();

const LATS = new Float64Array(POSTAL_CODES.map((c) => table[c]?.[0] ?? Number.NaN));
const LONS = new Float64Array(POSTAL_CODES.map((c) => table[c]?.[1] ?? Number.NaN));
const indexOf = new Map(POSTAL_CODES.map((c, i) => [c, i]));

export const POSTAL_SOURCE = { source: data.source, licence: data.licence };

/** Index into POSTAL_CODES, or -1 for a code the dataset does not know. */
export function postalIndex(code: string): number {
  return indexOf.get(code) ?? -1;
}

export function postalCoordinates(code: string): { lat: number; lon: number } | undefined {
  const c = table[code];
  const lat = c?.[0];
  const lon = c?.[1];
  return lat !== undefined && lon !== undefined ? { lat, lon } : undefined;
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * DEG;
  const dLon = (lon2 - lon1) * DEG;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Distance in km between two postal codes, or undefined when either is unknown. */
export function postalDistanceKm(a: string, b: string): number | undefined {
  const pa = postalCoordinates(a);
  const pb = postalCoordinates(b);
  return pa && pb ? haversineKm(pa.lat, pa.lon, pb.lat, pb.lon) : undefined;
}

const N = POSTAL_CODES.length;
let matrix: Float64Array | null = null;
const UNKNOWN_ROW = new Float64Array(N).fill(Number.NaN);

/**
 * The distance between every pair of known postal codes (N × N, row-major), built on first use
 * and then shared by every opening: one opening's row is a view into it, so compiling an opening
 * costs no trigonometry. Float64, not Float32, so commute limits and scores are bit-identical to
 * a per-opening computation with the same haversine.
 */
export function distanceMatrix(): Float64Array {
  if (matrix) return matrix;
  const m = new Float64Array(N * N);
  for (let a = 0; a < N; a++) {
    m[a * N + a] = 0;
    for (let b = a + 1; b < N; b++) {
      const d = haversineKm(LATS[a] ?? Number.NaN, LONS[a] ?? Number.NaN, LATS[b] ?? Number.NaN, LONS[b] ?? Number.NaN);
      m[a * N + b] = d;
      m[b * N + a] = d;
    }
  }
  return (matrix = m);
}

/**
 * Distances from one postal code to every known code, indexed like POSTAL_CODES: a read-only
 * view of the shared matrix. Unknown origin → all NaN. Do not write to it.
 */
export function distanceTableFrom(code: string): Float64Array {
  const a = postalIndex(code);
  if (a < 0) return UNKNOWN_ROW;
  return distanceMatrix().subarray(a * N, (a + 1) * N);
}

/** km between two postal indices (from postalIndex); NaN when either is unknown (-1). */
export function distanceByIndex(a: number, b: number): number {
  return a < 0 || b < 0 ? Number.NaN : (distanceMatrix()[a * N + b] ?? Number.NaN);
}
