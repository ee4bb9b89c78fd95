// Runs the engine over the evaluation set and scores it: NDCG@k per opening against the labels,
// and hard-rule violations (pairs the engine calls eligible that the reference check rejects).
// Shared by scripts/eval-match.ts (the report) and eval.test.ts (the target).
import { rankCandidatesForOpening, type Candidate, type Opening } from "../../../../lib/matching";
import { hardRuleBreaks, ndcgAtK, type HardRule } from "./metrics";

export interface RankedRow {
  candidateId: string;
  eligible: boolean;
  score: number;
  label: number;
}

export interface Violation {
  candidateId: string;
  /** Position in the engine's ranking, 1-based. */
  rank: number;
  rules: HardRule[];
}

export interface OpeningEval {
  openingId: string;
  ndcg: number;
  top: RankedRow[];
  /** Labelled profiles (label > 0) the engine left out of the top k, best label first. */
  missing: { candidateId: string; label: number; rank: number }[];
  /** Engine-eligible results that break a hard rule by the reference check, in rank order. */
  violations: Violation[];
  /** Pairs the reference check accepts but the engine calls ineligible (reported, not scored). */
  missedEligible: string[];
}

export interface EvalReport {
  k: number;
  openings: OpeningEval[];
  meanNdcg: number;
  /** Violations ranked within the top k. */
  violationsTopK: number;
  /** Violations anywhere among the engine's eligible results (includes the top-k ones). */
  violationsAllEligible: number;
}

export function evaluateOpening(
  opening: Opening,
  profiles: readonly Candidate[],
  labels: Readonly<Record<string, number>>,
  k: number,
): OpeningEval {
  const byId = new Map(profiles.map((c) => [c.id, c]));
  const ranked = rankCandidatesForOpening(opening, profiles);
  const rows = ranked.map((r) => ({ candidateId: r.candidateId, eligible: r.eligible, score: r.score, label: labels[r.candidateId] ?? 0 }));
  const violations: Violation[] = [];
  const missedEligible: string[] = [];
  rows.forEach((row, i) => {
    const profile = byId.get(row.candidateId);
    if (!profile) throw new Error(`engine returned unknown candidate ${row.candidateId}`);
    const rules = hardRuleBreaks(opening, profile);
    if (row.eligible && rules.length > 0) violations.push({ candidateId: row.candidateId, rank: i + 1, rules });
    if (!row.eligible && rules.length === 0) missedEligible.push(row.candidateId);
  });
  const missing = rows
    .map((row, i) => ({ candidateId: row.candidateId, label: row.label, rank: i + 1 }))
    .filter((m) => m.label > 0 && m.rank > k)
    .sort((a, b) => b.label - a.label || a.rank - b.rank);
  return {
    openingId: opening.id,
    ndcg: ndcgAtK(
      rows.map((r) => r.candidateId),
      labels,
      k,
    ),
    top: rows.slice(0, k),
    missing,
    violations,
    missedEligible,
  };
}

export function evaluate(
  openings: readonly Opening[],
  profiles: readonly Candidate[],
  labels: Readonly<Record<string, Readonly<Record<string, number>>>>,
  k = 5,
): EvalReport {
  const results = openings.map((o) => evaluateOpening(o, profiles, labels[o.id] ?? {}, k));
  const mean = results.reduce((sum, r) => sum + r.ndcg, 0) / Math.max(1, results.length);
  return {
    k,
    openings: results,
    meanNdcg: mean,
    violationsTopK: results.reduce((n, r) => n + r.violations.filter((v) => v.rank <= k).length, 0),
    violationsAllEligible: results.reduce((n, r) => n + r.violations.length, 0),
  };
}
