import { z } from "zod";
import type { JobFilters } from "@/lib/db/citizen-jobs";
import { cleanString } from "@/lib/validation/common";

// The "all jobs" filters live in the URL (a GET form), so they work without JavaScript and can be
// bookmarked. Anything malformed falls back to "no filter" rather than an error.

export const PAGE_SIZE = 10;

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const schema = z.object({
  q: cleanString().trim().max(100).catch(""),
  hours: z.literal("1").optional().catch(undefined),
  fit: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AllJobsQuery = { filters: JobFilters; q: string; page: number };

export function parseAllJobsQuery(raw: Raw): AllJobsQuery {
  const parsed = schema.parse({ q: first(raw.q) ?? "", hours: first(raw.hours), fit: first(raw.fit), page: first(raw.page) ?? 1 });
  return {
    q: parsed.q,
    page: parsed.page,
    filters: { q: parsed.q || undefined, hoursFit: parsed.hours === "1", onlyFit: parsed.fit === "1" },
  };
}

/** The URL of another page of the same search. */
export function pageHref(query: AllJobsQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.filters.hoursFit) params.set("hours", "1");
  if (query.filters.onlyFit) params.set("fit", "1");
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return `/citizen/jobs/all${search ? `?${search}` : ""}`;
}
