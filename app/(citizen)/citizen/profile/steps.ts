// The profile wizard's steps, in order. The same pages serve the first onboarding and every
// later edit, so a citizen can come back to any step.
export const STEPS = ["about", "skills", "experience", "wishes", "hours", "needs", "place", "visibility"] as const;

export type Step = (typeof STEPS)[number];

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

/** 1-based position, as shown ("Trin 3 af 8") and stored as onboarding progress. */
export function stepNumber(step: Step): number {
  return STEPS.indexOf(step) + 1;
}

export function stepHref(step: Step): string {
  return `/citizen/profile/${step}`;
}

/** After the last step the citizen lands on the overview. */
export function nextHref(step: Step): string {
  const next = STEPS[STEPS.indexOf(step) + 1];
  return next ? stepHref(next) : "/citizen/profile?done=1";
}

export function previousHref(step: Step): string | null {
  const previous = STEPS[STEPS.indexOf(step) - 1];
  return previous ? stepHref(previous) : null;
}

/**
 * Browser drafts are per person and form, so a shared computer never shows one citizen's unsaved
 * text to the next (the key holds the user id, which is no secret to its owner).
 */
export function draftKey(userId: string, form: string): string {
  return `${userId}:profile-${form}`;
}
