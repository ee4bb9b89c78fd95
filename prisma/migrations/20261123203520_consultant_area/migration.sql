-- CreateEnum
CREATE TYPE "FollowUpKind" AS ENUM ('PRAKTIK_HALFWAY', 'PRAKTIK_END', 'RETENTION_1M', 'RETENTION_3M', 'RETENTION_6M', 'OTHER');

-- AlterTable
ALTER TABLE "Match" ADD COLUMN     "endedAt" TIMESTAMP(3),
ADD COLUMN     "hiredAt" TIMESTAMP(3),
ADD COLUMN     "hiredHours" DOUBLE PRECISION,
ADD COLUMN     "praktikEndAt" TIMESTAMP(3),
ADD COLUMN     "praktikHours" DOUBLE PRECISION,
ADD COLUMN     "praktikStartAt" TIMESTAMP(3),
ADD COLUMN     "rampUpPlan" JSONB;

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "kind" "FollowUpKind" NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "doneAt" TIMESTAMP(3),
    "note" TEXT,
    "createdById" TEXT,
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyNote" (
    "id" TEXT NOT NULL,
    "employerId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FollowUp_dueAt_doneAt_idx" ON "FollowUp"("dueAt", "doneAt");

-- CreateIndex
CREATE INDEX "FollowUp_matchId_idx" ON "FollowUp"("matchId");

-- CreateIndex
CREATE INDEX "CompanyNote_employerId_createdAt_idx" ON "CompanyNote"("employerId", "createdAt");

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyNote" ADD CONSTRAINT "CompanyNote_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyNote" ADD CONSTRAINT "CompanyNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
