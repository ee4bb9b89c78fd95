import { rankOpeningsForCandidate, type Explanation } from "@/lib/matching/index";
import { toCandidate, toOpening, type CandidateRow, type OpeningRow } from "./adapter";

export type ScoreSnapshot = { score: number; breakdown: Explanation };

/** The engine's score and explanation for one pair, as stored on a match when it is made. */
export function scoreSnapshot(candidate: CandidateRow, opening: OpeningRow): ScoreSnapshot {
  const [result] = rankOpeningsForCandidate(toCandidate(candidate), [toOpening(opening)]);
  if (!result) throw new Error("the engine returned no result for one pair");
  const breakdown: Explanation = { eligible: result.eligible, relevant: result.relevant, score: result.score, components: result.components, reasons: result.reasons, blockers: result.blockers };
  return { score: Math.round(result.score), breakdown };
}
