import { getTranslations } from "next-intl/server";
import { BundleSummary } from "@/components/bundle-summary";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/form-fields";
import type { SessionUser } from "@/lib/db/users";
import { bundlesForCitizenFile } from "@/lib/db/bundles";
import type { CitizenFile } from "@/lib/db/caseload";
import { proposeBundleAction } from "./actions";

/**
 * "Kombinér små job": the best bundles of small open jobs for this citizen, each with one button
 * that proposes them all. One form around the whole list, so its message stays on screen when
 * the list changes after the action (a bundle that no longer fits disappears with its button).
 */
export async function BundlesSection({ user, citizen }: { user: SessionUser; citizen: CitizenFile }) {
  const [bundles, t, tc] = await Promise.all([bundlesForCitizenFile(user, citizen), getTranslations("bundles"), getTranslations("caseload")]);
  return (
    <Card aria-labelledby="citizen-bundles" className="flex flex-col gap-3">
      <h2 id="citizen-bundles" className="text-xl font-bold">
        {t("title")}
      </h2>
      <ActionForm action={proposeBundleAction} className="gap-3">
        <input type="hidden" name="profileId" value={citizen.id} />
        {bundles.length === 0 ? (
          <p>{t("consultant.none")}</p>
        ) : (
          <>
            <p>{t("consultant.intro")}</p>
            <ol className="flex flex-col gap-4">
              {bundles.map((bundle, k) => {
                const ids = bundle.jobs.map((j) => j.id).join(" ");
                return (
                  <li key={ids}>
                    <BundleSummary
                      bundle={bundle}
                      number={k + 1}
                      id={`bundle-${k + 1}`}
                      jobNote={(job) => (job.match ? t("consultant.match", { status: tc(`matchStatuses.${job.match.status}`) }) : null)}
                    >
                      <SubmitButton name="bundle" value={ids} pendingLabel={t("consultant.pending")}>
                        {t("consultant.submit", { count: bundle.jobs.length })}
                      </SubmitButton>
                    </BundleSummary>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </ActionForm>
    </Card>
  );
}
