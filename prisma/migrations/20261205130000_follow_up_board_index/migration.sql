-- The placement board orders by each match's soonest open follow-up: (matchId, doneAt, dueAt)
-- answers that from the index alone, and still covers the foreign key (ADR 011).

-- DropIndex
DROP INDEX "FollowUp_matchId_idx";

-- CreateIndex
CREATE INDEX "FollowUp_matchId_doneAt_dueAt_idx" ON "FollowUp"("matchId", "doneAt", "dueAt");
