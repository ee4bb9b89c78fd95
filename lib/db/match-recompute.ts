import { prisma } from "./client";
import type { Prisma } from "./types";
import { candidateRowSelect, openingRowSelect } from "@/lib/matches/adapter";
import { scoreSnapshot } from "@/lib/matches/snapshot";

// Open suggestions keep the score they were made with; when the profile or the opening changes,
// a background job refreshes the stored snapshot so queues and lists rank by today's data.
// Decided matches (approved onwards) keep the score the decision was made on.
const OPEN = ["SUGGESTED", "PROPOSED", "EMPLOYER_INTERESTED"] as const;

export type RecomputeTarget = { profileId: string } | { openingId: string };

/** Refreshes score and breakdown of the open matches of a profile or an opening. Returns how many. */
export async function recomputeMatchScores(target: RecomputeTarget): Promise<number> {
  const matches = await prisma.match.findMany({
    where: { status: { in: [...OPEN] }, ...("profileId" in target ? { citizenId: target.profileId } : { openingId: target.openingId }) },
    select: { id: true, citizen: { select: candidateRowSelect }, opening: { select: openingRowSelect } },
  });
  for (const m of matches) {
    const snapshot = scoreSnapshot(m.citizen, m.opening);
    // Only while still open: a decision taken meanwhile keeps its own snapshot.
    await prisma.match.updateMany({
      where: { id: m.id, status: { in: [...OPEN] } },
      data: { score: snapshot.score, scoreBreakdown: snapshot.breakdown as unknown as Prisma.InputJsonValue },
    });
  }
  return matches.length;
}
