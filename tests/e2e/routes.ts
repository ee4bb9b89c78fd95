import { readdirSync } from "node:fs";
import path from "node:path";

// Every page and route handler of the App Router, found by walking app/ (the route × role matrix,
// route-matrix.spec.ts, tests each one, so a new page is covered without anyone listing it).

export type AppRoute = {
  /** The URL pattern: route groups dropped, dynamic segments kept, e.g. "/employer/openings/[id]/edit". */
  pattern: string;
  kind: "page" | "route";
  /** The file, relative to the repository root. */
  file: string;
};

export type DynamicSegment = {
  /** The pattern up to and including this segment, e.g. "/employer/openings/[id]": the fixture key. */
  key: string;
  /** Its position among the pattern's segments. */
  index: number;
  catchAll: boolean;
};

const ENTRY = { "page.tsx": "page", "page.ts": "page", "route.ts": "route", "route.tsx": "route" } as const;

/** Private folders (_x) and parallel-route slots (@x) are not URL segments the matrix can reach. */
function skipped(dir: string): boolean {
  return dir.startsWith("_") || dir.startsWith("@");
}

export function discoverRoutes(appDir = path.resolve("app")): AppRoute[] {
  const found: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (skipped(entry.name)) continue;
        walk(path.join(dir, entry.name), [...segments, entry.name]);
      } else if (entry.name in ENTRY) {
        found.push({
          pattern: toPattern(segments),
          kind: ENTRY[entry.name as keyof typeof ENTRY],
          file: path.relative(process.cwd(), path.join(dir, entry.name)),
        });
      }
    }
  };
  walk(appDir, []);
  return found.sort((a, b) => a.pattern.localeCompare(b.pattern) || a.kind.localeCompare(b.kind));
}

/** Folder names to a URL pattern: route groups "(x)" leave no trace in the URL. */
export function toPattern(folders: string[]): string {
  const segments = folders.filter((f) => !(f.startsWith("(") && f.endsWith(")")));
  return `/${segments.join("/")}`;
}

export function isDynamic(segment: string): boolean {
  return segment.startsWith("[") && segment.endsWith("]");
}

export function dynamicSegments(pattern: string): DynamicSegment[] {
  const segments = pattern.split("/").slice(1);
  return segments.flatMap((segment, index) =>
    isDynamic(segment) ? [{ key: `/${segments.slice(0, index + 1).join("/")}`, index, catchAll: segment.startsWith("[...") || segment.startsWith("[[...") }] : [],
  );
}

/** The pattern with each dynamic segment replaced by its value (already a path, for catch-alls). */
export function fill(pattern: string, values: string[]): string {
  const segments = pattern.split("/").slice(1);
  let next = 0;
  const filled = segments.map((segment) => {
    if (!isDynamic(segment)) return segment;
    const value = values[next++];
    if (value === undefined) throw new Error(`no value for ${segment} in ${pattern}`);
    return segment.startsWith("[...") || segment.startsWith("[[...") ? value.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(value);
  });
  return `/${filled.join("/")}`.replace(/\/$/, "") || "/";
}
