// Queue names and schedules of the background jobs (pg-boss, in the app's own PostgreSQL).

export const QUEUES = {
  followUpReminders: "follow-up-reminders",
  notificationEmails: "notification-emails",
  recomputeSuggestions: "recompute-suggestions",
  prunePoolChanges: "prune-pool-changes",
  pruneAuditEvents: "prune-audit-events",
} as const;

/** Cron schedules (pg-boss checks them once a minute). */
export const SCHEDULES = {
  [QUEUES.followUpReminders]: "*/15 * * * *",
  [QUEUES.notificationEmails]: "*/5 * * * *",
  [QUEUES.prunePoolChanges]: "17 * * * *",
  [QUEUES.pruneAuditEvents]: "43 3 * * *",
} as const;
