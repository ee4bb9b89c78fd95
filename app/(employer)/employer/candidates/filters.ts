import { z } from "zod";
import type { BrowseFilters } from "@/lib/db/employer-candidates";
import { ACCOMMODATION_CODES } from "@/lib/matching";
import { cleanString } from "@/lib/validation/common";

// The browse filters live in the URL (a GET form), so they work without JavaScript and can be
// bookmarked. Anything malformed falls back to "no filter" rather than an error.

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

const hours = z.coerce.number().min(0).max(80).multipleOf(0.5).optional().catch(undefined);
const schema = z.object({
  hoursMin: hours,
  hoursMax: hours,
  skills: cleanString().trim().max(200).catch(""),
  needs: z.array(z.enum(ACCOMMODATION_CODES as [string, ...string[]])).max(ACCOMMODATION_CODES.length).catch([]),
  area: cleanString().trim().max(120).regex(/^[mr]:.+$/).optional().catch(undefined),
  opening: z.string().trim().max(64).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type BrowseQuery = z.infer<typeof schema>;

export function parseBrowseQuery(raw: Raw): BrowseQuery {
  const blank = (v: string | undefined) => (v === "" ? undefined : v);
  return schema.parse({
    hoursMin: blank(first(raw.hoursMin)),
    hoursMax: blank(first(raw.hoursMax)),
    skills: first(raw.skills) ?? "",
    needs: all(raw.needs),
    area: blank(first(raw.area)),
    opening: blank(first(raw.opening)),
    page: first(raw.page) ?? 1,
  });
}

export function toFilters(q: BrowseQuery): BrowseFilters {
  return {
    hoursMin: q.hoursMin,
    hoursMax: q.hoursMax,
    skills: q.skills.split(",").map((s) => s.trim()).filter(Boolean),
    needs: q.needs,
    area: q.area,
    openingId: q.opening,
  };
}

/** The URL of another page of the same search. */
export function pageHref(q: BrowseQuery, page: number): string {
  const params = new URLSearchParams();
  if (q.hoursMin !== undefined) params.set("hoursMin", String(q.hoursMin));
  if (q.hoursMax !== undefined) params.set("hoursMax", String(q.hoursMax));
  if (q.skills) params.set("skills", q.skills);
  for (const code of q.needs) params.append("needs", code);
  if (q.area) params.set("area", q.area);
  if (q.opening) params.set("opening", q.opening);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return `/employer/candidates${search ? `?${search}` : ""}`;
}
