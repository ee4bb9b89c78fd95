import { prisma } from "./client";
import { createNotifications } from "./notifications";
import { candidateRowSelect, openingRowSelect, toCandidate, toOpening } from "@/lib/match-adapter";
import { compileCandidates, compileOpening, rankCandidatesForOpening } from "@/lib/matching";

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
  // Citizens already told about this opening (in any way) are left out, so a second call adds nothing.
  const rows = await prisma.citizenProfile.findMany({
    where: {
      visibleToEmployers: true,
      status: { in: ["SEEKING", "EMPLOYED_WANTS_CHANGE"] },
      user: { notifications: { none: { openingId } } },
    },
    select: { ...candidateRowSelect, userId: true },
  });
  if (rows.length === 0) return 0;

  const pool = compileCandidates(rows.map(toCandidate));
  const ranked = rankCandidatesForOpening(compileOpening(toOpening(opening), pool), pool);
  const userOf = new Map(rows.map((r) => [r.id, r.userId]));
  const fitting = ranked.filter((r) => r.eligible && r.score >= NEW_JOB_MIN_SCORE);

  await createNotifications(
    fitting.flatMap((r) => {
      const userId = userOf.get(r.candidateId);
      return userId
        ? [{ userId, type: "NEW_JOB" as const, openingId: opening.id, data: { openingTitle: opening.title, employerName: opening.employer.name } }]
        : [];
    }),
  );
  return fitting.length;
}
