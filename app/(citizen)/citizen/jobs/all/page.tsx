import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField, TextField } from "@/components/ui/form-fields";
import { requireRole } from "@/lib/auth/guards";
import { rankJobsForCitizen } from "@/lib/db/citizen-jobs";
import { JobCard } from "../job-card";
import { JobViewsNav } from "../views-nav";
import { PAGE_SIZE, pageHref, parseAllJobsQuery } from "./filters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("allTitle") };
}

export default async function AllJobsPage({ searchParams }: Props) {
  const user = await requireRole("CITIZEN");
  const query = parseAllJobsQuery(await searchParams);
  const [ranked, t] = await Promise.all([
    rankJobsForCitizen(user, { filters: query.filters, page: query.page, pageSize: PAGE_SIZE }),
    getTranslations("jobs"),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("allTitle")}</h1>
      <JobViewsNav current="all" />
      <p>{t("allIntro")}</p>
      {ranked === null ? (
        <Card className="flex flex-col gap-3">
          <p>{t("noProfile")}</p>
          <Button asChild className="self-start">
            <Link href="/citizen/profile">{t("noProfileLink")}</Link>
          </Button>
        </Card>
      ) : (
        <>
          <Card aria-labelledby="job-filters">
            <h2 id="job-filters" className="mb-3 text-xl font-bold">
              {t("filters.title")}
            </h2>
            <form method="get" action="/citizen/jobs/all" role="search" aria-labelledby="job-filters" className="flex flex-col gap-4">
              <TextField label={t("filters.q")} hint={t("filters.qHint")} name="q" type="search" maxLength={100} defaultValue={query.q} />
              <CheckboxField label={t("filters.hoursFit")} name="hours" value="1" defaultChecked={query.filters.hoursFit} />
              <CheckboxField label={t("filters.onlyFit")} name="fit" value="1" defaultChecked={query.filters.onlyFit} />
              <div className="flex flex-wrap items-center gap-3">
                <Button type="submit">{t("filters.submit")}</Button>
                <Link href="/citizen/jobs/all" className="inline-flex min-h-11 items-center font-semibold">
                  {t("filters.reset")}
                </Link>
              </div>
            </form>
          </Card>
          <section aria-labelledby="job-results" className="flex flex-col gap-4">
            <h2 id="job-results" className="text-xl font-bold">
              {t("results")}
            </h2>
            <p>{t("count", { count: ranked.total })}</p>
            {ranked.total === 0 ? <p>{t("noResults")}</p> : null}
            <ul className="flex flex-col gap-4">
              {ranked.items.map((r) => (
                <li key={r.job.id}>
                  <JobCard ranked={r} headingLevel={3} />
                </li>
              ))}
            </ul>
            <Pagination current={ranked.page} pages={ranked.pages} href={(n) => pageHref(query, n)} namespace="jobs.pagination" />
          </section>
        </>
      )}
    </div>
  );
}

