-- Notification types for the employer's and the consultant's inboxes.
ALTER TYPE "NotificationType" ADD VALUE 'MATCH_MESSAGE';
ALTER TYPE "NotificationType" ADD VALUE 'FOLLOW_UP_DUE';
ALTER TYPE "NotificationType" ADD VALUE 'CITIZEN_ANSWER';

-- One day-before reminder per event sign-up.
ALTER TABLE "EventSignup" ADD COLUMN "remindedAt" TIMESTAMP(3);

-- The reminder job finds tomorrow's events in every municipality.
CREATE INDEX "Event_startsAt_idx" ON "Event"("startsAt");

-- The inbox pages through one user's notifications newest first.
CREATE INDEX "Notification_userId_createdAt_id_idx" ON "Notification"("userId", "createdAt", "id");
