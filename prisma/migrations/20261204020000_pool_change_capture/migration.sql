-- Change capture for the in-memory ranking pools (docs/decisions/010-change-capture-and-incremental-pools.md).

-- CreateTable
CREATE TABLE "PoolChange" (
    "seq" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PoolChange_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "PoolChange_xid_idx" ON "PoolChange"("xid");

-- CreateIndex
CREATE INDEX "PoolChange_changedAt_idx" ON "PoolChange"("changedAt");

-- One statement-level trigger function for every captured table: TG_ARGV[0] is the kind of
-- entity, TG_ARGV[1] the column that holds its id. Statement-level with transition tables, so a
-- bulk insert of 100,000 rows costs one INSERT … SELECT, not 100,000 trigger calls.
-- The body is an E-string with \073 for each semicolon, because Prisma's driver-adapter migration
-- runner splits a script at every semicolon, even inside a function body or a comment. The body,
-- readable, is in docs/decisions/010-change-capture-and-incremental-pools.md.
CREATE FUNCTION refleks_pool_capture() RETURNS trigger LANGUAGE plpgsql AS E'DECLARE\n  n bigint\073\nBEGIN\n  IF TG_OP = ''DELETE'' THEN\n    EXECUTE format(''INSERT INTO "PoolChange" ("kind", "entityId") SELECT DISTINCT %L, %I FROM old_rows'', TG_ARGV[0], TG_ARGV[1])\073\n  ELSE\n    EXECUTE format(''INSERT INTO "PoolChange" ("kind", "entityId") SELECT DISTINCT %L, %I FROM new_rows'', TG_ARGV[0], TG_ARGV[1])\073\n  END IF\073\n  GET DIAGNOSTICS n = ROW_COUNT\073\n  IF n > 0 THEN\n    PERFORM pg_notify(''refleks_pool'', TG_ARGV[0])\073\n  END IF\073\n  RETURN NULL\073\nEND\073\n';

CREATE TRIGGER "pool_capture_ins" AFTER INSERT ON "CitizenProfile" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('candidate', 'id');
CREATE TRIGGER "pool_capture_upd" AFTER UPDATE ON "CitizenProfile" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('candidate', 'id');
CREATE TRIGGER "pool_capture_del" AFTER DELETE ON "CitizenProfile" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('candidate', 'id');

CREATE TRIGGER "pool_capture_ins" AFTER INSERT ON "AccommodationNeed" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('candidate', 'profileId');
CREATE TRIGGER "pool_capture_upd" AFTER UPDATE ON "AccommodationNeed" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('candidate', 'profileId');
CREATE TRIGGER "pool_capture_del" AFTER DELETE ON "AccommodationNeed" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('candidate', 'profileId');

CREATE TRIGGER "pool_capture_ins" AFTER INSERT ON "Municipality" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('municipality', 'id');
CREATE TRIGGER "pool_capture_upd" AFTER UPDATE ON "Municipality" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('municipality', 'id');
CREATE TRIGGER "pool_capture_del" AFTER DELETE ON "Municipality" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('municipality', 'id');

CREATE TRIGGER "pool_capture_ins" AFTER INSERT ON "JobOpening" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('opening', 'id');
CREATE TRIGGER "pool_capture_upd" AFTER UPDATE ON "JobOpening" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('opening', 'id');
CREATE TRIGGER "pool_capture_del" AFTER DELETE ON "JobOpening" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION refleks_pool_capture('opening', 'id');
