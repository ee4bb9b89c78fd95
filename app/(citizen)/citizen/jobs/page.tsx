import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { rankFittingJobsForCitizen, type RankedJob } from "@/lib/db/citizen-jobs";
import { BundlesSection } from "./bundles-section";
import { JobCard } from "./job-card";
import { JobViewsNav } from "./views-nav";

const TOP = 10;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("title") };
}

export default async function JobsForMePage() {
  const user = await requireRole("CITIZEN");
  // Jobs that fit her conditions and her experience or wishes first; those that only fit her
  // conditions (nothing in common with what she has done or wants) in their own, collapsed list.
  const [split, t] = await Promise.all([rankFittingJobsForCitizen(user, { pageSize: TOP }), getTranslations("jobs")]);
  const ranked = split?.relevant ?? null;
  const others = split?.others ?? null;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <JobViewsNav current="forMe" />
      {ranked === null ? (
        <Card className="flex flex-col gap-3">
          <p>{t("noProfile")}</p>
          <Button asChild className="self-start">
            <Link href="/citizen/profile">{t("noProfileLink")}</Link>
          </Button>
        </Card>
      ) : ranked.total + (others?.total ?? 0) === 0 ? (
        <EmptyState />
      ) : (
        <>
          {ranked.total > 0 ? (
            <>
              <p>
                {t("intro")} {t("shown", { count: ranked.total })} {ranked.total > TOP ? t("shownTop", { top: TOP }) : null}
              </p>
              <JobList items={ranked.items} />
            </>
          ) : (
            <p>{t("noneRelevant")}</p>
          )}
          {others && others.total > 0 ? (
            <section aria-labelledby="jobs-others" className="flex flex-col gap-3">
              <h2 id="jobs-others" className="text-xl font-bold">
                {t("others")}
              </h2>
              <p>{t("othersIntro", { count: others.total })}</p>
              <details open={ranked.total === 0} className="rounded-lg border border-gray-300 p-3">
                <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t("othersShow", { count: others.items.length })}</summary>
                <JobList items={others.items} className="mt-4" />
              </details>
            </section>
          ) : null}
          <Link href="/citizen/jobs/all" className="inline-flex min-h-11 items-center self-start font-semibold">
            {t("empty.allLink")}
          </Link>
        </>
      )}
      <BundlesSection user={user} />
    </div>
  );
}

function JobList({ items, className = "" }: { items: RankedJob[]; className?: string }) {
  return (
    <ol className={`flex flex-col gap-4 ${className}`}>
      {items.map((r) => (
        <li key={r.job.id}>
          <JobCard ranked={r} />
        </li>
      ))}
    </ol>
  );
}

/**
 * Nothing suits: say so kindly, and name what she may widen herself (times, distance). Hours and
 * needs are agreed with the municipality: never suggest weakening them; point to the consultant.
 */
async function EmptyState() {
  const t = await getTranslations("jobs.empty");
  return (
    <Card aria-labelledby="jobs-empty" className="flex flex-col gap-3">
      <h2 id="jobs-empty" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p>{t("body")}</p>
      <p>{t("widen")}</p>
      <ul className="list-disc pl-5">
        {(["times", "commute"] as const).map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>{t("agreed")}</p>
      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link href="/citizen/profile">{t("profileLink")}</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href="/citizen/jobs/all">{t("allLink")}</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href="/citizen/dialog">{t("dialogLink")}</Link>
        </Button>
      </div>
    </Card>
  );
}
