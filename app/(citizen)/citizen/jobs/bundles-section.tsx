import { getTranslations } from "next-intl/server";
import { BundleSummary } from "@/components/bundle-summary";
import { Card } from "@/components/ui/card";
import { ownBundles } from "@/lib/db/bundles";
import type { SessionUser } from "@/lib/db/users";

/**
 * "Kombinér små job" under the citizen's jobs: shown only when she can work more hours than her
 * best single job gives (ownBundles decides). Read-only: her consultant makes the matches.
 */
export async function BundlesSection({ user }: { user: SessionUser }) {
  const bundles = await ownBundles(user);
  if (!bundles || bundles.length === 0) return null;
  const [t, tm] = await Promise.all([getTranslations("bundles"), getTranslations("matches")]);
  return (
    <Card aria-labelledby="job-bundles" className="flex flex-col gap-3">
      <h2 id="job-bundles" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p>{t("citizen.intro")}</p>
      <ol className="flex flex-col gap-4">
        {bundles.map((bundle, k) => (
          <li key={bundle.jobs.map((j) => j.id).join(" ")}>
            <BundleSummary
              bundle={bundle}
              number={k + 1}
              id={`job-bundle-${k + 1}`}
              jobHref={(job) => `/citizen/jobs/${encodeURIComponent(job.id)}`}
              jobNote={(job) => (job.match ? t("citizen.match", { status: tm(`statuses.${job.match.status}`) }) : null)}
            />
          </li>
        ))}
      </ol>
      <p>{t("citizen.ask")}</p>
    </Card>
  );
}
