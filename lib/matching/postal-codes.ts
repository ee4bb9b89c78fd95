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

/**
 * Distances from one postal code to every known code, indexed like POSTAL_CODES. The
 * engine builds one per opening so the per-pair work is a single array read.
 * Unknown origin → all NaN.
 */
export function distanceTableFrom(code: string): Float64Array {
  const out = new Float64Array(POSTAL_CODES.length).fill(Number.NaN);
  const origin = postalCoordinates(code);
  if (!origin) return out;
  for (let i = 0; i < out.length; i++) {
    out[i] = haversineKm(origin.lat, origin.lon, LATS[i] ?? Number.NaN, LONS[i] ?? Number.NaN);
  }
  return out;
}
