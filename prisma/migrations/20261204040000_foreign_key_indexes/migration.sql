-- Every foreign key gets an index (a delete of the parent, or a join from it, must not scan the
-- child table), and the caseload's status filter within a municipality gets one.

-- CreateIndex
CREATE INDEX "CitizenProfile_municipalityId_status_idx" ON "CitizenProfile"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "Match_decidedById_idx" ON "Match"("decidedById");

-- CreateIndex
CREATE INDEX "MatchEvent_actorId_idx" ON "MatchEvent"("actorId");

-- CreateIndex
CREATE INDEX "Invitation_employerId_idx" ON "Invitation"("employerId");

-- CreateIndex
CREATE INDEX "Invitation_invitedById_idx" ON "Invitation"("invitedById");

-- CreateIndex
CREATE INDEX "MatchMessage_authorId_idx" ON "MatchMessage"("authorId");

-- CreateIndex
CREATE INDEX "CompanyNote_authorId_idx" ON "CompanyNote"("authorId");
