-- The caseload is sorted by the citizen's name (ADR 011). The name is on "User", so sorting a
-- municipality of 15,000 citizens by it meant joining and sorting them all on every page. The
-- profile keeps a lower-cased copy, kept by triggers, and the caseload's filters and sort are
-- covered by indexes that end in it: a page is an index range scan.

-- AlterTable
ALTER TABLE "CitizenProfile" ADD COLUMN "sortName" TEXT NOT NULL DEFAULT '';

-- Backfill
UPDATE "CitizenProfile" p SET "sortName" = lower(u."name") FROM "User" u WHERE u."id" = p."userId";

-- CreateIndex
CREATE INDEX "CitizenProfile_municipalityId_sortName_id_idx" ON "CitizenProfile"("municipalityId", "sortName", "id");

-- CreateIndex
CREATE INDEX "CitizenProfile_consultantId_sortName_id_idx" ON "CitizenProfile"("consultantId", "sortName", "id");

-- CreateIndex
CREATE INDEX "CitizenProfile_municipalityId_status_sortName_id_idx" ON "CitizenProfile"("municipalityId", "status", "sortName", "id");

-- A new profile takes its user's name, and a renamed user renames the profile (E-strings with
-- \073 for each semicolon, see the pool_change_capture migration).
CREATE FUNCTION refleks_profile_sort_name() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\n  SELECT lower("name") INTO NEW."sortName" FROM "User" WHERE "id" = NEW."userId"\073\n  NEW."sortName" := coalesce(NEW."sortName", '''')\073\n  RETURN NEW\073\nEND\073\n';

CREATE TRIGGER "profile_sort_name" BEFORE INSERT OR UPDATE OF "userId", "sortName" ON "CitizenProfile"
  FOR EACH ROW EXECUTE FUNCTION refleks_profile_sort_name();

CREATE FUNCTION refleks_user_renames_profile() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\n  UPDATE "CitizenProfile" SET "sortName" = lower(NEW."name") WHERE "userId" = NEW."id"\073\n  RETURN NULL\073\nEND\073\n';

CREATE TRIGGER "user_renames_profile" AFTER UPDATE OF "name" ON "User"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION refleks_user_renames_profile();
