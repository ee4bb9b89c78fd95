import { logger } from "@/lib/runtime/logger";
import { enqueueRecompute } from "./index";
import type { RecomputeTarget } from "@/lib/db/match-recompute";

/**
 * After a profile or an opening changed, refresh the stored scores of its open matches (queued
 * when the background jobs run, else at once). A failure is logged and never fails the save.
 */
export async function recomputeAfterChange(target: RecomputeTarget): Promise<void> {
  try {
    await enqueueRecompute(target);
  } catch (err) {
    logger.error({ err, target }, "recompute after change failed");
  }
}
