// Queue names and schedules of the background jobs (pg-boss, in the app's own PostgreSQL).

export const QUEUES = {
  followUpReminders: "follow-up-reminders",
  eventReminders: "event-reminders",
  notificationEmails: "notification-emails",
  recomputeSuggestions: "recompute-suggestions",
  prunePoolChanges: "prune-pool-changes",
  pruneAuditEvents: "prune-audit-events",
  pruneRateLimits: "prune-rate-limits",
  refreshResults: "refresh-results",
  emailDigest: "email-digest",
  jobAgent: "job-agent",
} as const;

/**
 * Queue policies. refresh-results is "stately": at most one waiting job per municipality
 * (singletonKey), so many requests while one waits cost one run.
 */
export const QUEUE_OPTIONS: Partial<Record<(typeof QUEUES)[keyof typeof QUEUES], { policy: "stately" }>> = {
  [QUEUES.refreshResults]: { policy: "stately" },
};

/** Cron schedules (pg-boss checks them once a minute). */
export const SCHEDULES = {
  [QUEUES.followUpReminders]: "*/15 * * * *",
  // Hourly: an event is reminded within the hour it comes within a day of starting.
  [QUEUES.eventReminders]: "7 * * * *",
  [QUEUES.notificationEmails]: "*/5 * * * *",
  [QUEUES.prunePoolChanges]: "17 * * * *",
  [QUEUES.pruneAuditEvents]: "43 3 * * *",
  [QUEUES.pruneRateLimits]: "29 * * * *",
  // Snapshots older than an hour, and requests whose job was lost (a sender that was down).
  [QUEUES.refreshResults]: "*/10 * * * *",
  // The daily digest in the morning (Danish time); hourly reruns only retry what failed.
  [QUEUES.emailDigest]: "0 7-9 * * *",
  // Agents fall due at the hour their citizen switched them on, so every hour.
  [QUEUES.jobAgent]: "5 * * * *",
} as const;
