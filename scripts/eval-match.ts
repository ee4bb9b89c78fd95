// Ranking quality of the matching engine on the held-out evaluation set
// (tests/unit/matching/eval): `npm run eval:match`. Prints, per opening, NDCG@5 against the
// consultant's labels and the top 5, then the mean and the hard-rule violations found by an
// independent reference check. The last line is the contract:
//   eval openings=<n> profiles=<n> ndcg5=<x.xxx> violations=<n>
// where violations counts engine-eligible results in the top 5 that break a hard rule; the
// line before also gives the count over all eligible results. Exit 0, or 2 if the set is invalid.
import { formatIssuePath, MatchInputSchema } from "../lib/matching";
import { EVAL_INPUT, LABELS, unknownIds } from "../tests/unit/matching/eval/eval-set";
import { evaluate, type OpeningEval } from "../tests/unit/matching/eval/run-eval";

const K = 5;

function invalid(problems: string[]): never {
  for (const p of problems) process.stderr.write(`eval-match: ${p}\n`);
  process.exit(2);
}

function printOpening(r: OpeningEval): void {
  const top5Violations = r.violations.filter((v) => v.rank <= K).length;
  console.log(`${r.openingId}  ndcg@${K}=${r.ndcg.toFixed(3)}  violations top${K}=${top5Violations} eligible=${r.violations.length}`);
  r.top.forEach((row, i) => {
    const status = row.eligible ? "eligible  " : "ineligible";
    console.log(`  ${i + 1}. ${row.candidateId.padEnd(10)} ${status} score=${row.score.toFixed(2).padStart(6)} label=${row.label}`);
  });
  if (r.missing.length > 0) {
    console.log(`  labelled but not in top ${K}: ${r.missing.map((m) => `${m.candidateId}(label ${m.label}, #${m.rank})`).join(", ")}`);
  }
  for (const v of r.violations) console.log(`  VIOLATION #${v.rank} ${v.candidateId}: eligible but breaks ${v.rules.join(", ")}`);
  if (r.missedEligible.length > 0) console.log(`  meets every rule but ranked ineligible: ${r.missedEligible.join(", ")}`);
}

const parsed = MatchInputSchema.safeParse(EVAL_INPUT);
if (!parsed.success) invalid(parsed.error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`));
const unknown = unknownIds();
if (unknown.length > 0) invalid(unknown);

const { openings, candidates } = parsed.data;
const report = evaluate(openings, candidates, LABELS, K);
for (const r of report.openings) printOpening(r);
console.log(
  `mean ndcg@${K}=${report.meanNdcg.toFixed(3)}  violations: top${K}=${report.violationsTopK} all_eligible=${report.violationsAllEligible}`,
);
console.log(
  `eval openings=${openings.length} profiles=${candidates.length} ndcg5=${report.meanNdcg.toFixed(3)} violations=${report.violationsTopK}`,
);
