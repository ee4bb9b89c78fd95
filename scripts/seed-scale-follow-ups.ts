import type pg from "pg";

// Follow-ups for the scale data's placements, derived from the matches themselves (no random
// numbers, so the rest of the data is unchanged): halfway and at the end of each praktik, and
// 1, 3 and 6 months after each hire. Past ones are done, except about one in five, which are
// overdue; so the consultant's board has due and overdue follow-ups at national scale.
// Idempotent: matches that already have follow-ups are skipped. Returns how many were added.
export async function addPlacementFollowUps(client: pg.Client): Promise<number> {
  const { rowCount } = await client.query(`
    WITH placed AS (
      SELECT m."id", m."status", m."praktikStartAt", m."praktikEndAt", m."hiredAt", m."decidedById" FROM "Match" m
      WHERE m."id" LIKE 'scale-mt-%' AND m."praktikStartAt" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "FollowUp" f WHERE f."matchId" = m."id")
    ), planned AS (
      SELECT "id", "decidedById", 'PRAKTIK_HALFWAY' AS kind, "praktikStartAt" + ("praktikEndAt" - "praktikStartAt") / 2 AS due FROM placed
      UNION ALL SELECT "id", "decidedById", 'PRAKTIK_END', "praktikEndAt" FROM placed
      UNION ALL SELECT "id", "decidedById", 'RETENTION_1M', "hiredAt" + interval '1 month' FROM placed WHERE "hiredAt" IS NOT NULL
      UNION ALL SELECT "id", "decidedById", 'RETENTION_3M', "hiredAt" + interval '3 months' FROM placed WHERE "hiredAt" IS NOT NULL
      UNION ALL SELECT "id", "decidedById", 'RETENTION_6M', "hiredAt" + interval '6 months' FROM placed WHERE "hiredAt" IS NOT NULL
    )
    INSERT INTO "FollowUp" ("id", "matchId", "kind", "dueAt", "doneAt", "createdById", "createdAt")
    SELECT "id" || '-fu-' || lower(kind), "id", kind::"FollowUpKind", due,
      CASE WHEN due < now() - interval '2 days' AND abs(hashtext("id" || kind)) % 5 <> 0 THEN due END,
      "decidedById", due - interval '30 days'
    FROM planned`);
  return rowCount ?? 0;
}
