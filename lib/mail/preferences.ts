import { EmailFrequency, JobAgentFrequency, NotificationType, type Role } from "@/lib/db/types";
import { NOTIFICATION_RECEIVERS } from "@/lib/notifications/text";

// Which notification e-mails a user gets, and how (docs/architecture.md, "E-mail"). The list of
// types is the NotificationType enum itself, so a type added later shows up on every settings
// page with the fallback default, without anyone listing it here.

export const NOTIFICATION_TYPES = Object.values(NotificationType);
export const FREQUENCIES = Object.values(EmailFrequency);
export const JOB_AGENT_FREQUENCIES = Object.values(JobAgentFrequency);

/**
 * Without a choice of the user's: what asks for an answer or has a date comes at once, the rest
 * once a day. A type not named here (a new one) comes in the digest.
 */
const DEFAULTS: Partial<Record<NotificationType, EmailFrequency>> = {
  CONTACT_REQUEST: "IMMEDIATE",
  CITIZEN_INTEREST: "IMMEDIATE",
  EVENT_REMINDER: "IMMEDIATE",
};

export function defaultFrequency(type: NotificationType): EmailFrequency {
  return DEFAULTS[type] ?? "DIGEST";
}

/** The types a role's settings page offers: those that ever reach the role (NOTIFICATION_RECEIVERS, unit-tested for texts). */
export function typesForRole(role: Role): NotificationType[] {
  return NOTIFICATION_TYPES.filter((type) => NOTIFICATION_RECEIVERS[type].includes(role));
}

/** The user's frequency per type: the stored choices over the defaults. */
export function effectiveFrequencies(stored: { type: NotificationType; frequency: EmailFrequency }[]): Record<NotificationType, EmailFrequency> {
  const out = Object.fromEntries(NOTIFICATION_TYPES.map((type) => [type, defaultFrequency(type)])) as Record<NotificationType, EmailFrequency>;
  for (const { type, frequency } of stored) out[type] = frequency;
  return out;
}

/** How long the job agent waits between mails. */
export function jobAgentPeriodMs(frequency: JobAgentFrequency): number | null {
  if (frequency === "DAILY") return 86_400_000;
  if (frequency === "WEEKLY") return 7 * 86_400_000;
  return null;
}
