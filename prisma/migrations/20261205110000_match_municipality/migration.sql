-- The tenant key on Match (ADR 011): the citizen's municipality, kept by triggers, so the
-- consultant's queue and placement board read their municipality's matches through one index
-- instead of every match in the country joined to its citizen.

-- AlterTable
ALTER TABLE "Match" ADD COLUMN "municipalityId" TEXT;

-- Backfill
UPDATE "Match" m SET "municipalityId" = c."municipalityId" FROM "CitizenProfile" c WHERE c."id" = m."citizenId";

-- CreateIndex
CREATE INDEX "Match_municipalityId_status_createdAt_idx" ON "Match"("municipalityId", "status", "createdAt");

-- Every writer gets it right (the app, seeds, SQL): a new match, or one moved to another citizen,
-- takes the citizen's municipality, and a citizen who moves takes their matches along. E-strings with
-- \073 for each semicolon (see the pool_change_capture migration).
CREATE FUNCTION refleks_match_municipality() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\n  SELECT "municipalityId" INTO NEW."municipalityId" FROM "CitizenProfile" WHERE "id" = NEW."citizenId"\073\n  RETURN NEW\073\nEND\073\n';

CREATE TRIGGER "match_municipality" BEFORE INSERT OR UPDATE OF "citizenId", "municipalityId" ON "Match"
  FOR EACH ROW EXECUTE FUNCTION refleks_match_municipality();

CREATE FUNCTION refleks_citizen_moves_matches() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\n  UPDATE "Match" SET "municipalityId" = NEW."municipalityId" WHERE "citizenId" = NEW."id"\073\n  RETURN NULL\073\nEND\073\n';

CREATE TRIGGER "citizen_moves_matches" AFTER UPDATE OF "municipalityId" ON "CitizenProfile"
  FOR EACH ROW WHEN (OLD."municipalityId" IS DISTINCT FROM NEW."municipalityId") EXECUTE FUNCTION refleks_citizen_moves_matches();
