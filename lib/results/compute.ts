import type { Completion, Engagement, InvitationCounts, InvitationUptake, Medians, MonthRow, ResultCitizen, ResultMatch, Results } from "./types";

const DAY = 86_400_000;

/** Percent with one decimal; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}

/** Median of the values (mean of the middle two for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const monthKey = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;

/**
 * The last `count` UTC months up to and including the month of `now`, oldest first. `end` is the
 * moment the month is measured at: the last millisecond of the month, or `now` for the running one.
 */
export function lastMonths(now: Date, count = 12): { month: string; start: Date; end: Date }[] {
  const months = [];
  for (let back = count - 1; back >= 0; back--) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 1));
    const end = new Date(Math.min(next.getTime() - 1, now.getTime()));
    months.push({ month: monthKey(start), start, end });
  }
  return months;
}

/** In a placement at `at`: hired on or before it and not ended by then. */
const placedAt = (m: ResultMatch, at: Date) => m.hiredAt !== null && m.hiredAt <= at && (m.endedAt === null || m.endedAt > at);
const within = (d: Date | null, start: Date, end: Date) => d !== null && d >= start && d <= end;

export function monthRows(citizens: ResultCitizen[], matches: ResultMatch[], now: Date, count = 12): MonthRow[] {
  return lastMonths(now, count).map(({ month, start, end }) => {
    const present = new Set(citizens.filter((c) => c.createdAt <= end).map((c) => c.id));
    const placedIds = new Set(matches.filter((m) => present.has(m.citizenId) && placedAt(m, end)).map((m) => m.citizenId));
    const seeking = present.size - placedIds.size;
    return {
      month,
      citizens: present.size,
      placed: placedIds.size,
      seeking,
      sharePercent: percent(seeking, present.size),
      hires: matches.filter((m) => within(m.hiredAt, start, end)).length,
      praktikStarts: matches.filter((m) => within(m.praktikStartAt, start, end)).length,
    };
  });
}

/** Whole days from each citizen's profile to their earliest date picked from their matches. */
function daysToFirst(citizens: ResultCitizen[], matches: ResultMatch[], pick: (m: ResultMatch) => Date | null): number[] {
  const first = new Map<string, Date>();
  for (const m of matches) {
    const d = pick(m);
    if (d === null) continue;
    const seen = first.get(m.citizenId);
    if (!seen || d < seen) first.set(m.citizenId, d);
  }
  return citizens.flatMap((c) => {
    const d = first.get(c.id);
    return d ? [Math.max(0, Math.round((d.getTime() - c.createdAt.getTime()) / DAY))] : [];
  });
}

export function medians(citizens: ResultCitizen[], matches: ResultMatch[]): Medians {
  const approval = daysToFirst(citizens, matches, (m) => m.approvedAt);
  const hire = daysToFirst(citizens, matches, (m) => m.hiredAt);
  return { daysToApproval: median(approval), approvals: approval.length, daysToHire: median(hire), hires: hire.length };
}

/** Share of citizens who logged in within 1, 7 and 14 days before `now` (the figures Refleks reports). */
export function engagement(citizens: ResultCitizen[], now: Date): Engagement {
  const since = (days: number) =>
    citizens.filter((c) => c.lastLoginAt !== null && c.lastLoginAt <= now && now.getTime() - c.lastLoginAt.getTime() <= days * DAY).length;
  const n = citizens.length;
  return { citizens: n, dayPercent: percent(since(1), n), weekPercent: percent(since(7), n), twoWeeksPercent: percent(since(14), n) };
}

export function completion(citizens: ResultCitizen[]): Completion {
  const n = citizens.length;
  const sum = citizens.reduce((s, c) => s + c.completeness, 0);
  return {
    citizens: n,
    averagePercent: n === 0 ? null : Math.round((10 * sum) / n) / 10,
    completePercent: percent(citizens.filter((c) => c.completeness >= 100).length, n),
  };
}

/** The page's period: from the start of its first month to `now`. The invitation counts cover it. */
export const periodStart = (now: Date, count = 12): Date => lastMonths(now, count)[0]!.start;

/** Invited citizens who made a profile, as a share of those invited in the period. */
export function invitationUptake(counts: InvitationCounts, now: Date): InvitationUptake {
  return { ...counts, since: lastMonths(now)[0]!.month, percent: percent(counts.withProfile, counts.invited) };
}

/**
 * Every figure on the results page. Citizens created after `now` are ignored everywhere. The
 * invitations come counted (lib/db/results.ts counts them in SQL over the period), or null.
 */
export function computeResults(allCitizens: ResultCitizen[], matches: ResultMatch[], now: Date, invitations: InvitationCounts | null = null): Results {
  const citizens = allCitizens.filter((c) => c.createdAt <= now);
  return {
    now,
    months: monthRows(citizens, matches, now),
    medians: medians(citizens, matches),
    engagement: engagement(citizens, now),
    completion: completion(citizens),
    invitations: invitations ? invitationUptake(invitations, now) : null,
  };
}
