import { rankJobsForCitizen, type JobFilters, type RankedJob } from "@/lib/db/citizen-jobs";
import type { Actor } from "@/lib/db/audit";

/** Every page of the citizen's ranked jobs, in order (null when rankJobsForCitizen gives null). */
export async function allRankedJobs(actor: Actor, filters: JobFilters = {}): Promise<RankedJob[] | null> {
  const first = await rankJobsForCitizen(actor, { filters });
  if (!first) return null;
  const items = [...first.items];
  for (let page = 2; page <= first.pages; page++) items.push(...(await rankJobsForCitizen(actor, { filters, page }))!.items);
  return items;
}
