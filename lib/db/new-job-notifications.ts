import { prisma } from "./client";
import { createNotifications } from "./notifications";
import { loadPool, rankedOrder, visibleCandidate } from "./employer-candidate-pool";
import { openingRowSelect } from "@/lib/matches/adapter";
import { scoreAt } from "@/lib/matching";

/** "Well-fitting": an eligible pair with at least this score (0–100). */
export const NEW_JOB_MIN_SCORE = 60;

/**
 * "A new job that suits you": ranks the citizens who are visible to employers and looking for
 * work against an open opening and notifies each well-fitting one once. A system task (run when
 * an opening is published), so it takes no actor; nothing read here is shown to anyone, so
 * there is nothing to audit. Returns how many citizens were notified.
 */
export async function notifyCitizensOfNewOpening(openingId: string): Promise<number> {
  const opening = await prisma.jobOpening.findFirst({
    where: { id: openingId, status: "OPEN" },
    select: { ...openingRowSelect, employer: { select: { name: true } } },
  });
  if (!opening) return 0;
  // The in-memory pool of visible candidates ranks them (no load of every profile); only the
  // well-fitting ones are read from the database.
  const { employer, ...row } = opening;
  const pool = await loadPool();
  const { compiled, order, eligible } = rankedOrder(row, pool);
  const fittingIds: string[] = [];
  for (let r = 0; r < eligible; r++) {
    const slot = order[r] ?? 0;
    // Eligible candidates come best first: stop at the first below the threshold.
    if (scoreAt(compiled, pool.live, slot) < NEW_JOB_MIN_SCORE) break;
    fittingIds.push(pool.live.ids[slot] ?? "");
  }
  if (fittingIds.length === 0) return 0;
  // Citizens already told about this opening (in any way) are left out, so a second call adds nothing.
  const rows = await prisma.citizenProfile.findMany({
    where: { id: { in: fittingIds }, ...visibleCandidate, user: { notifications: { none: { openingId } } } },
    select: { userId: true },
  });
  const fitting = rows.map((r) => r.userId);

  await createNotifications(
    fitting.map((userId) => ({ userId, type: "NEW_JOB" as const, openingId: opening.id, data: { openingTitle: opening.title, employerName: employer.name } })),
  );
  return fitting.length;
}
