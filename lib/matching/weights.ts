// The score is a sum of named components; each has a value in [0, 1] and a weight.
// Weights add up to 100 so points read as "out of 100". Required skills weigh most: an
// employer's "must know" is the first thing a consultant checks. Changing a weight is a
// product decision: update docs/matching.md with it.

export const COMPONENT_WEIGHTS = {
  requiredSkills: 35,
  preferredSkills: 10,
  wishes: 15,
  preferredNeeds: 10,
  hoursFit: 15,
  distance: 10,
  schedule: 5,
} as const;

export type ComponentName = keyof typeof COMPONENT_WEIGHTS;

export const COMPONENT_NAMES = Object.keys(COMPONENT_WEIGHTS) as ComponentName[];

/** Values used by the wishes component (occupation beats industry beats openness). */
export const WISH_VALUES = {
  occupation: 1,
  industry: 0.7,
  openToNewField: 0.5,
  /** Either side says nothing about field: neither reward nor punish. */
  unknown: 0.5,
  mismatch: 0,
} as const;

/** Distance scoring when the candidate gave no commute limit: 0 points at this distance. */
export const DEFAULT_DISTANCE_SCALE_KM = 50;

/** Distance value when a postal code is unknown (the rule is skipped, with a warning). */
export const UNKNOWN_DISTANCE_VALUE = 0.5;

/** Bits of the blocker mask, one per hard rule. */
export const BLOCK_HOURS = 1;
export const BLOCK_NEEDS = 2;
export const BLOCK_SCHEDULE = 4;
export const BLOCK_COMMUTE = 8;
