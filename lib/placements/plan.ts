import { isSaneYear } from "@/lib/validation/common";
import { dateFormat, numberFormat } from "@/lib/i18n/intl-cache";
// Pure date and plan arithmetic for the placement pipeline: when follow-ups fall due, and the
// gradual-start ("ramp-up") plan in words. No database, no clock: callers pass `now`.
// Dates from <input type="date"> are calendar days; they are stored as UTC midnight, which is the
// same day in Copenhagen, so formatDate shows the day that was typed.

const DAY_MS = 86_400_000;

/** "2030-04-01" → 2030-04-01T00:00:00Z; null for anything that is not a real calendar day. */
export function parseDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isSaneYear(y)) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

/** The calendar day as "YYYY-MM-DD" (UTC), for <input type="date"> default values. */
export function toDayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar day in Copenhagen as UTC midnight, so "due in 2 days" follows the local date. */
export function todayInCopenhagen(now: Date): Date {
  const day = dateFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return parseDay(day) ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Calendar months later; a day that does not exist is clamped (31 January + 1 month = 28/29 February). */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes()));
}

/** Praktik follow-ups: halfway (rounded down to a whole day) and on the last day. */
export function praktikFollowUpDates(startAt: Date, endAt: Date): { halfway: Date; end: Date } {
  const days = Math.max(0, Math.round((endAt.getTime() - startAt.getTime()) / DAY_MS));
  return { halfway: addDays(startAt, Math.floor(days / 2)), end: endAt };
}

/** Retention check-ins after a hire: 1, 3 and 6 months after the first day. */
export function retentionFollowUpDates(hiredAt: Date): { m1: Date; m3: Date; m6: Date } {
  return { m1: addMonths(hiredAt, 1), m3: addMonths(hiredAt, 3), m6: addMonths(hiredAt, 6) };
}

/** How many days before its due date a follow-up is highlighted and reminded. */
export const DUE_SOON_DAYS = 3;

export type DueState = { state: "overdue" | "today" | "soon"; days: number } | null;

/** Whether a follow-up needs attention now: overdue, due today, or within DUE_SOON_DAYS days. */
export function dueState(dueAt: Date, now: Date): DueState {
  const days = Math.round((todayInCopenhagen(dueAt).getTime() - todayInCopenhagen(now).getTime()) / DAY_MS);
  if (days < 0) return { state: "overdue", days: -days };
  if (days === 0) return { state: "today", days: 0 };
  return days <= DUE_SOON_DAYS ? { state: "soon", days } : null;
}

/** One step of a gradual start; `weeks` null means "from then on" (only the last step). */
export type RampUpStep = { weeks: number | null; sessions: number; hoursPerSession: number };

const isHalfStep = (n: number) => Number.isFinite(n) && Math.round(n * 2) === n * 2;

/** Whether a stored or parsed plan is sensible; the rules the form explains to the consultant. */
export function isValidPlan(plan: RampUpStep[]): boolean {
  if (plan.length === 0 || plan.length > 6) return false;
  return plan.every((s, i) => {
    const lastOpen = s.weeks === null && i === plan.length - 1;
    const weeksOk = lastOpen || (Number.isInteger(s.weeks) && s.weeks !== null && s.weeks >= 1 && s.weeks <= 52);
    const sessionsOk = Number.isInteger(s.sessions) && s.sessions >= 1 && s.sessions <= 7;
    const hoursOk = isHalfStep(s.hoursPerSession) && s.hoursPerSession >= 0.5 && s.hoursPerSession <= 12;
    return weeksOk && sessionsOk && hoursOk && s.sessions * s.hoursPerSession <= 37;
  });
}

// "2×2 t i 4 uger", "2x2,5 timer i 4 uger", "3 x 3 h for 2 weeks", "3×3 t".
const STEP = /^(\d+)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*(?:t|timer|time|h|hours?)?\.?(?:\s+(?:i|for)\s+(\d+)\s*(?:uger?|weeks?))?$/i;

/**
 * Reads a plan as consultants write it, in Danish or English: steps separated by "derefter",
 * "then" or ";". Returns null when any step cannot be read or the plan breaks isValidPlan.
 */
export function parseRampUpPlan(text: string): RampUpStep[] | null {
  const parts = text
    .trim()
    .split(/\s*(?:,?\s*\b(?:derefter|and then|then)\b|;)\s*/i)
    .map((p) => p.trim().replace(/,$/, ""))
    .filter(Boolean);
  if (parts.length === 0) return null;
  const plan: RampUpStep[] = [];
  for (const part of parts) {
    const m = STEP.exec(part);
    if (!m) return null;
    plan.push({ sessions: Number(m[1]), hoursPerSession: Number(m[2]!.replace(",", ".")), weeks: m[3] ? Number(m[3]) : null });
  }
  return isValidPlan(plan) ? plan : null;
}

/** A stored Json value as a plan, or null when it has another shape. */
export function toRampUpPlan(json: unknown): RampUpStep[] | null {
  if (!Array.isArray(json)) return null;
  const plan = json.map((s: unknown) => {
    const o = (typeof s === "object" && s !== null ? s : {}) as Record<string, unknown>;
    return { weeks: typeof o.weeks === "number" ? o.weeks : null, sessions: Number(o.sessions), hoursPerSession: Number(o.hoursPerSession) };
  });
  return isValidPlan(plan) ? plan : null;
}

const words = {
  da: { hours: "t", weeks: (n: number) => `i ${n} ${n === 1 ? "uge" : "uger"}`, then: ", derefter " },
  en: { hours: "h", weeks: (n: number) => `for ${n} ${n === 1 ? "week" : "weeks"}`, then: ", then " },
} as const;

/** "2×2 t i 4 uger, derefter 3×3 t" (Danish) or "2×2 h for 4 weeks, then 3×3 h" (English). */
export function formatRampUpPlan(plan: RampUpStep[], locale: string): string {
  const w = locale === "en" ? words.en : words.da;
  const num = numberFormat(locale === "en" ? "en-GB" : "da-DK", { maximumFractionDigits: 1 });
  return plan
    .map((s) => `${s.sessions}×${num.format(s.hoursPerSession)} ${w.hours}${s.weeks === null ? "" : ` ${w.weeks(s.weeks)}`}`)
    .join(w.then);
}
