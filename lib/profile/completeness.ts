// How complete a citizen's profile is, for the citizen's own overview (and the consultant's
// caseload). Needs and availability are not counted: "none" and "any time" are real answers.

export type CompletenessInput = {
  headline: string;
  summary: string;
  skills: string[];
  wishOccupations: string[];
  wishIndustries: string[];
  openToNewField: boolean;
  postalCode: string;
  onboardingDoneAt: Date | null;
  experienceCount: number;
  educationCount: number;
};

export const COMPLETENESS_PARTS = ["headline", "summary", "skills", "background", "wishes", "place", "finished"] as const;
export type CompletenessPart = (typeof COMPLETENESS_PARTS)[number];

export function profileCompleteness(p: CompletenessInput): { percent: number; missing: CompletenessPart[] } {
  const done: Record<CompletenessPart, boolean> = {
    headline: p.headline.trim().length > 0,
    summary: p.summary.trim().length > 0,
    skills: p.skills.length > 0,
    background: p.experienceCount + p.educationCount > 0,
    wishes: p.wishOccupations.length + p.wishIndustries.length > 0 || p.openToNewField,
    place: /^\d{4}$/.test(p.postalCode),
    finished: p.onboardingDoneAt !== null,
  };
  const missing = COMPLETENESS_PARTS.filter((part) => !done[part]);
  return { percent: Math.round((100 * (COMPLETENESS_PARTS.length - missing.length)) / COMPLETENESS_PARTS.length), missing };
}
