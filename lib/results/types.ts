// Rows the results dashboard is computed from. lib/db/results.ts loads them; everything in
// lib/results is pure (rows + `now` in, figures out) so each figure can be checked by hand.

export type ResultCitizen = {
  id: string;
  /** When the profile was created: from then on the citizen counts in the month-end figures. */
  createdAt: Date;
  lastLoginAt: Date | null;
  /** profileCompleteness percent, 0–100. */
  completeness: number;
};

export type ResultMatch = {
  citizenId: string;
  praktikStartAt: Date | null;
  hiredAt: Date | null;
  endedAt: Date | null;
  /** createdAt of the match's first MatchEvent with toStatus APPROVED, if any. */
  approvedAt: Date | null;
};

export type MonthRow = {
  /** "YYYY-MM" (UTC month). */
  month: string;
  citizens: number;
  placed: number;
  seeking: number;
  /** seeking / citizens in percent with one decimal; null when there were no citizens. */
  sharePercent: number | null;
  hires: number;
  praktikStarts: number;
};

export type Engagement = { citizens: number; dayPercent: number | null; weekPercent: number | null; twoWeeksPercent: number | null };
export type Completion = { citizens: number; averagePercent: number | null; completePercent: number | null };
export type Medians = { daysToApproval: number | null; approvals: number; daysToHire: number | null; hires: number };

/** Citizen invitations sent from `since` (the first month shown) to the snapshot, and how many became a profile. */
export type InvitationCounts = { invited: number; withProfile: number };
/** The headline figure: the share of invited citizens who made a profile. */
export type InvitationUptake = InvitationCounts & { since: string; percent: number | null };

export type Results = {
  now: Date;
  months: MonthRow[];
  medians: Medians;
  engagement: Engagement;
  completion: Completion;
  /** Null in a snapshot made before the figure existed; the next refresh fills it. */
  invitations: InvitationUptake | null;
};
