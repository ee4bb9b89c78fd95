-- The consultant's own tools: a job proposed to a citizen waits for her answer (SUGGESTED), a
-- handover tells the new consultant, the journal on the citizen (CaseNote) and the handover
-- history (CitizenHandover).
-- AlterEnum
ALTER TYPE "MatchStatus" ADD VALUE 'SUGGESTED';

-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'CITIZEN_HANDED_OVER';

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CitizenHandover" (
    "id" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "fromId" TEXT,
    "toId" TEXT,
    "byId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CitizenHandover_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseNote_citizenId_createdAt_id_idx" ON "CaseNote"("citizenId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "CaseNote_authorId_idx" ON "CaseNote"("authorId");

-- CreateIndex
CREATE INDEX "CitizenHandover_citizenId_createdAt_idx" ON "CitizenHandover"("citizenId", "createdAt");

-- CreateIndex
CREATE INDEX "CitizenHandover_fromId_idx" ON "CitizenHandover"("fromId");

-- CreateIndex
CREATE INDEX "CitizenHandover_toId_idx" ON "CitizenHandover"("toId");

-- CreateIndex
CREATE INDEX "CitizenHandover_byId_idx" ON "CitizenHandover"("byId");

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "CitizenProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenHandover" ADD CONSTRAINT "CitizenHandover_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "CitizenProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenHandover" ADD CONSTRAINT "CitizenHandover_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenHandover" ADD CONSTRAINT "CitizenHandover_toId_fkey" FOREIGN KEY ("toId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitizenHandover" ADD CONSTRAINT "CitizenHandover_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- The journal is append-only: a correction is a new note. Only the author link may change (set
-- to null when a consultant's account is deleted), so the trigger watches the other columns.
CREATE FUNCTION refleks_case_note_append_only() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\n  RAISE EXCEPTION ''case notes are append-only''\073\nEND\073\n';

CREATE TRIGGER "case_note_append_only" BEFORE UPDATE OF "id", "citizenId", "body", "createdAt" ON "CaseNote"
  FOR EACH ROW EXECUTE FUNCTION refleks_case_note_append_only();
