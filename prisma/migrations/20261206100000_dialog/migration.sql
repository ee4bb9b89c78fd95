-- The citizen's dialog with the job centre: one thread per citizen, its messages, and a
-- notification type for a new message. Unread state is kept on the thread, so the navigation
-- badges and the caseload read one indexed row per citizen instead of counting messages.

-- AlterEnum
ALTER TYPE "NotificationType" ADD VALUE 'DIALOG_MESSAGE';

-- CreateTable
CREATE TABLE "DialogThread" (
    "id" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "municipalityId" TEXT,
    "lastMessageAt" TIMESTAMP(3),
    "lastCitizenMessageAt" TIMESTAMP(3),
    "lastJobcentreMessageAt" TIMESTAMP(3),
    "citizenUnread" INTEGER NOT NULL DEFAULT 0,
    "jobcentreUnread" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DialogThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DialogMessage" (
    "id" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "authorId" TEXT,
    "fromCitizen" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "matchId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DialogMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DialogThread_citizenId_key" ON "DialogThread"("citizenId");

-- CreateIndex
CREATE INDEX "DialogThread_municipalityId_jobcentreUnread_idx" ON "DialogThread"("municipalityId", "jobcentreUnread");

-- CreateIndex
CREATE INDEX "DialogMessage_threadId_createdAt_id_idx" ON "DialogMessage"("threadId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "DialogMessage_authorId_idx" ON "DialogMessage"("authorId");

-- CreateIndex
CREATE INDEX "DialogMessage_matchId_idx" ON "DialogMessage"("matchId");

-- AddForeignKey
ALTER TABLE "DialogThread" ADD CONSTRAINT "DialogThread_citizenId_fkey" FOREIGN KEY ("citizenId") REFERENCES "CitizenProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogMessage" ADD CONSTRAINT "DialogMessage_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "DialogThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogMessage" ADD CONSTRAINT "DialogMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DialogMessage" ADD CONSTRAINT "DialogMessage_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The thread's municipality follows the citizen, as Match's does (migration match_municipality):
-- a new thread takes the citizen's municipality, and a citizen who moves takes her thread along,
-- so the new municipality's consultants see it and the old one's do not. E-strings with \073 for
-- each semicolon (see the pool_change_capture migration).
CREATE FUNCTION refleks_dialog_municipality() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\n  SELECT "municipalityId" INTO NEW."municipalityId" FROM "CitizenProfile" WHERE "id" = NEW."citizenId"\073\n  RETURN NEW\073\nEND\073\n';

CREATE TRIGGER "dialog_municipality" BEFORE INSERT OR UPDATE OF "citizenId", "municipalityId" ON "DialogThread"
  FOR EACH ROW EXECUTE FUNCTION refleks_dialog_municipality();

CREATE FUNCTION refleks_citizen_moves_dialog() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\n  UPDATE "DialogThread" SET "municipalityId" = NEW."municipalityId" WHERE "citizenId" = NEW."id"\073\n  RETURN NULL\073\nEND\073\n';

CREATE TRIGGER "citizen_moves_dialog" AFTER UPDATE OF "municipalityId" ON "CitizenProfile"
  FOR EACH ROW WHEN (OLD."municipalityId" IS DISTINCT FROM NEW."municipalityId") EXECUTE FUNCTION refleks_citizen_moves_dialog();
