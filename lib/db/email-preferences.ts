import { prisma } from "./client";
import type { Actor } from "./audit";
import type { EmailFrequency, JobAgentFrequency, NotificationType, Prisma } from "./types";
import { defaultFrequency, effectiveFrequencies, NOTIFICATION_TYPES, typesForRole } from "@/lib/mail/preferences";

// The acting user's e-mail choices (EmailPreference, JobAgent), and the where-clause that picks
// notifications by the frequency their recipient chose, so the outbox and the digest filter in
// SQL instead of fetching rows they then skip.

export type EmailSettings = {
  frequencies: { type: NotificationType; frequency: EmailFrequency }[];
  /** Citizens only; null for other roles. */
  jobAgent: JobAgentFrequency | null;
};

export async function getEmailSettings(actor: Actor): Promise<EmailSettings> {
  const [stored, agent] = await Promise.all([
    prisma.emailPreference.findMany({ where: { userId: actor.id }, select: { type: true, frequency: true } }),
    actor.role === "CITIZEN" ? prisma.jobAgent.findUnique({ where: { userId: actor.id }, select: { frequency: true } }) : null,
  ]);
  const all = effectiveFrequencies(stored);
  return {
    frequencies: typesForRole(actor.role).map((type) => ({ type, frequency: all[type] })),
    jobAgent: actor.role === "CITIZEN" ? (agent?.frequency ?? "OFF") : null,
  };
}

/**
 * Saves the actor's choices: one row per type given (only types their role is offered), and the
 * job agent for a citizen. Saving the same twice changes nothing.
 */
export async function saveEmailSettings(
  actor: Actor,
  input: { frequencies: Partial<Record<NotificationType, EmailFrequency>>; jobAgent?: JobAgentFrequency },
  now: Date = new Date(),
): Promise<void> {
  const offered = new Set(typesForRole(actor.role));
  const rows = Object.entries(input.frequencies).filter(([type]) => offered.has(type as NotificationType)) as [NotificationType, EmailFrequency][];
  const agent = actor.role === "CITIZEN" && input.jobAgent && (await jobAgentChanges(actor.id, input.jobAgent)) ? jobAgentWrite(actor.id, input.jobAgent, now) : null;
  await prisma.$transaction([
    ...rows.map(([type, frequency]) =>
      prisma.emailPreference.upsert({ where: { userId_type: { userId: actor.id, type } }, create: { userId: actor.id, type, frequency }, update: { frequency } }),
    ),
    ...(agent ? [agent] : []),
  ]);
}

/** Whether the agent's frequency changes: saving the page again must not make a daily agent due again the same day. */
async function jobAgentChanges(userId: string, frequency: JobAgentFrequency): Promise<boolean> {
  const current = await prisma.jobAgent.findUnique({ where: { userId }, select: { frequency: true } });
  return current?.frequency !== frequency;
}

/** A new frequency is due at once (the next hourly run); off keeps when it last sent. */
function jobAgentWrite(userId: string, frequency: JobAgentFrequency, now: Date) {
  return prisma.jobAgent.upsert({
    where: { userId },
    create: { userId, frequency, nextRunAt: now },
    update: { frequency, ...(frequency === "OFF" ? {} : { nextRunAt: now }) },
  });
}

/** Sets one type to off for a user (an unsubscribe link). */
export async function turnOffType(userId: string, type: NotificationType): Promise<void> {
  await prisma.emailPreference.upsert({ where: { userId_type: { userId, type } }, create: { userId, type, frequency: "OFF" }, update: { frequency: "OFF" } });
}

/** Sets every type the user gets in the daily digest to off (the digest's unsubscribe link). */
export async function turnOffDigest(userId: string): Promise<void> {
  const stored = await prisma.emailPreference.findMany({ where: { userId }, select: { type: true, frequency: true } });
  const all = effectiveFrequencies(stored);
  const digest = NOTIFICATION_TYPES.filter((type) => all[type] === "DIGEST");
  await prisma.$transaction(digest.map((type) => prisma.emailPreference.upsert({ where: { userId_type: { userId, type } }, create: { userId, type, frequency: "OFF" }, update: { frequency: "OFF" } })));
}

/** Stops a citizen's job agent (its unsubscribe link); nothing happens without one. */
export async function turnOffJobAgent(userId: string): Promise<void> {
  await prisma.jobAgent.updateMany({ where: { userId }, data: { frequency: "OFF" } });
}

/**
 * Notifications whose recipient gets their type at `frequency`: per type, either a stored choice
 * of it, or (when it is the type's default) no stored choice of anything else.
 */
export function withFrequency(frequency: EmailFrequency): Prisma.NotificationWhereInput {
  return {
    OR: NOTIFICATION_TYPES.map((type) => ({
      type,
      user:
        defaultFrequency(type) === frequency
          ? { emailPreferences: { none: { type, frequency: { not: frequency } } } }
          : { emailPreferences: { some: { type, frequency } } },
    })),
  };
}
