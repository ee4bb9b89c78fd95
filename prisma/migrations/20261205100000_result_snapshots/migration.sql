-- The results dashboard per municipality, kept by the refresh-results job (ADR 011).

-- CreateTable
CREATE TABLE "ResultSnapshot" (
    "municipalityId" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "figures" JSONB NOT NULL,
    "requestedAt" TIMESTAMP(3),

    CONSTRAINT "ResultSnapshot_pkey" PRIMARY KEY ("municipalityId")
);

-- AddForeignKey
ALTER TABLE "ResultSnapshot" ADD CONSTRAINT "ResultSnapshot_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;
