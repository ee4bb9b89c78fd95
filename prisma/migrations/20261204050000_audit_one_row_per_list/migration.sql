-- One audit row per list view: the ids shown go in "subjectIds" (GIN-indexed), so a caseload page
-- of 50 writes one row, not 50. Single-subject rows get subjectIds = {subjectId} from a trigger,
-- so every writer (and every existing row, below) answers "who has seen this profile" the same way.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "subjectIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Backfill
UPDATE "AuditEvent" SET "subjectIds" = ARRAY["subjectId"] WHERE "subjectId" <> '';

-- CreateIndex
CREATE INDEX "AuditEvent_subjectIds_idx" ON "AuditEvent" USING GIN ("subjectIds");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- The body is an E-string with \073 for each semicolon (see the pool_change_capture migration).
CREATE FUNCTION refleks_audit_subject_ids() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\n  IF (NEW."subjectIds" IS NULL OR cardinality(NEW."subjectIds") = 0) AND NEW."subjectId" <> '''' THEN\n    NEW."subjectIds" := ARRAY[NEW."subjectId"]\073\n  END IF\073\n  RETURN NEW\073\nEND\073\n';

CREATE TRIGGER "audit_subject_ids" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION refleks_audit_subject_ids();
