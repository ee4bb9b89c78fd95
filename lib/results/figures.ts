import { z } from "zod";
import type { Results } from "./types";

// The stored shape of a results snapshot (ResultSnapshot.figures): Results without `now`, which
// is the row's computedAt. Parsed on read, so a snapshot written by an older version that no
// longer fits is treated as missing (and rewritten by the job) instead of breaking the page.

const count = z.number().int().min(0);
const share = z.number().nullable();

const figuresSchema = z.object({
  months: z.array(
    z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), citizens: count, placed: count, seeking: count, sharePercent: share, hires: count, praktikStarts: count }),
  ),
  medians: z.object({ daysToApproval: share, approvals: count, daysToHire: share, hires: count }),
  engagement: z.object({ citizens: count, dayPercent: share, weekPercent: share, twoWeeksPercent: share }),
  completion: z.object({ citizens: count, averagePercent: share, completePercent: share }),
  // Added later: a snapshot without it still shows everything else until the job rewrites it.
  invitations: z.object({ since: z.string().regex(/^\d{4}-\d{2}$/), invited: count, withProfile: count, percent: share }).nullable().default(null),
});

export type ResultFigures = Omit<Results, "now">;

/** The figures of a stored snapshot, or null when the JSON does not have their shape. */
export function parseResultFigures(json: unknown): ResultFigures | null {
  const parsed = figuresSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
