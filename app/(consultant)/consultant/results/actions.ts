"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { requestResultsRefresh } from "@/lib/jobs/send";

// "Regn tallene ud igen": the figures are computed by the refresh-results job, never in the
// request. The request is stored first (ResultSnapshot.requestedAt), so it holds even if the
// job cannot be sent now; a double click asks once more and the queue keeps one job.
export async function refreshResultsAction(): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("results.refresh");
  if (!(await requestResultsRefresh(user, new Date()))) return { ok: false, formError: t("failed") };
  revalidatePath("/consultant/results");
  return { ok: true, message: t("done") };
}
