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
export { compileCandidates, compileOpening, type CandidatePool, type CompiledOpening } from "./compile";
export {
  compileOpenings,
  rankCandidatesForOpening,
  rankKeysForOpening,
  rankOpeningsForCandidate,
  rankOpeningsInPool,
  indexOfKey,
  type CandidateResult,
  type OpeningResult,
  type RankOptions,
} from "./rank";
export { explainPair, type ComponentResult, type Explanation, type Message } from "./explain";
export { unlockAdvice, type UnlockAdvice, type UnlockOption } from "./unlock-advice";
export { COMPONENT_NAMES, COMPONENT_WEIGHTS, type ComponentName } from "./weights";
export { normalizeSkill } from "./normalize-skill";
export { canonicalSkill, SYNONYM_GROUPS } from "./skill-synonyms";
export { POSTAL_CODES, POSTAL_SOURCE, postalIndex, postalCoordinates, postalDistanceKm, haversineKm } from "./postal-codes";
export * from "./vocabulary";
