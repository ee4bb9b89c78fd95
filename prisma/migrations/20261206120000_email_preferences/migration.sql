-- E-mail preferences per user and notification type, and the citizen's job agent.
CREATE TYPE "EmailFrequency" AS ENUM ('IMMEDIATE', 'DIGEST', 'OFF');

CREATE TYPE "JobAgentFrequency" AS ENUM ('DAILY', 'WEEKLY', 'OFF');

CREATE TABLE "EmailPreference" (
    "userId" TEXT NOT NULL,
    "type" "NotificationType" NOT NULL,
    "frequency" "EmailFrequency" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailPreference_pkey" PRIMARY KEY ("userId","type")
);

CREATE TABLE "JobAgent" (
    "userId" TEXT NOT NULL,
    "frequency" "JobAgentFrequency" NOT NULL,
    "nextRunAt" TIMESTAMP(3) NOT NULL,
    "lastSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobAgent_pkey" PRIMARY KEY ("userId")
);

CREATE INDEX "JobAgent_frequency_nextRunAt_idx" ON "JobAgent"("frequency", "nextRunAt");

CREATE INDEX "Notification_emailedAt_createdAt_idx" ON "Notification"("emailedAt", "createdAt");

CREATE INDEX "Notification_emailedAt_userId_idx" ON "Notification"("emailedAt", "userId");

ALTER TABLE "EmailPreference" ADD CONSTRAINT "EmailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "JobAgent" ADD CONSTRAINT "JobAgent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The citizens' earlier single switch becomes their choice for every type: on means at once, off
-- means off (mail is never switched on behind anyone's back). New users get the defaults.
INSERT INTO "EmailPreference" ("userId", "type", "frequency", "updatedAt")
SELECT p."userId", t.type, CASE WHEN p."emailNotifications" THEN 'IMMEDIATE'::"EmailFrequency" ELSE 'OFF'::"EmailFrequency" END, CURRENT_TIMESTAMP
FROM "CitizenProfile" p CROSS JOIN unnest(enum_range(NULL::"NotificationType")) AS t(type);

ALTER TABLE "CitizenProfile" DROP COLUMN "emailNotifications";
