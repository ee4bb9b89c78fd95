// Public surface of the matching engine. Pure TypeScript: no I/O, no clock, no database;
// the app calls it through a small adapter that maps database rows to these shapes.
export {
  CandidateSchema,
  MatchInputSchema,
  NeedSchema,
  OpeningSchema,
  WeeklyHoursSchema,
  WishesSchema,
  formatIssuePath,
  type Candidate,
  type MatchInput,
  type Need,
  type Opening,
  type WeeklyHours,
} from "./schemas";
export { compileCandidates, compileCandidateWith, compileOpening, type CandidatePool, type CompiledOpening } from "./compile";
export {
  compileOpenings,
  rankCandidatesForOpening,
  rankKeysForOpening,
  rankOpeningsForCandidate,
  rankOpeningsInPool,
  rankOpeningKeys,
  scoreAt,
  indexOfKey,
  groupOfKey,
  slotOfKey,
  type CandidateResult,
  type OpeningResult,
  type RankOptions,
} from "./rank";
export { explainPair, REASON_KINDS, reasonKind, type ComponentResult, type Explanation, type Message, type ReasonKind } from "./explain";
export { unlockAdvice, type UnlockAdvice, type UnlockOption } from "./unlock-advice";
export { bestSingleJobHours, bundleProblem, bundlesForCandidate, DEFAULT_BUNDLE_LIMIT, type Bundle, type BundleOptions, type BundleProblem } from "./bundles";
export { scheduleSummary } from "./schedule-text";
export { COMPONENT_NAMES, COMPONENT_WEIGHTS, type ComponentName } from "./weights";
export { normalizeSkill } from "./normalize-skill";
export { suggestionLabels, SYNONYM_GROUPS } from "./skill-synonyms";
export { SKILL_GROUPS, TAXONOMY_SOURCE, type SkillGroup } from "./text/taxonomy";
export { splitCompound } from "./text/compound";
export { conceptsOf, type ConceptHit, type TextConcepts } from "./text/concepts";
export { matchRequirement, requirementOf, RELATED_CREDIT, type Requirement, type SkillMatch } from "./text/requirements";
export { WORD_LIST_SOURCE } from "./text/words";
export { POSTAL_CODES, POSTAL_SOURCE, postalIndex, postalCoordinates, postalDistanceKm, haversineKm, distanceByIndex, distanceMatrix } from "./postal-codes";
export { LiveCandidatePool } from "./live-pool";
export { LiveOpeningPool } from "./live-openings";
export { BLOCK_COMMUTE, BLOCK_HOURS, BLOCK_NEEDS, BLOCK_SCHEDULE } from "./weights";
export * from "./vocabulary";
