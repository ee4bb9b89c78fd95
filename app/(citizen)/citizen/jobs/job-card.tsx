import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CitizenFitBadge, CitizenJobFit } from "@/components/citizen-fit/citizen-job-fit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { RankedJob } from "@/lib/db/citizen-jobs";
import { hoursArgs } from "@/lib/i18n/format";

/** One open job in a list: what, where, how many hours, how well it suits and why (or why not). */
export async function JobCard({ ranked, headingLevel = 2 }: { ranked: RankedJob; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { job, fit } = ranked;
  const [t, tm, locale] = await Promise.all([getTranslations("jobs"), getTranslations("matches"), getLocale()]);
  const titleId = `job-${job.id}-title`;
  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-3">
      <Heading id={titleId} className="text-xl font-bold break-words">
        {job.title}
      </Heading>
      <CitizenFitBadge fit={fit} />
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("card.company")}</dt>
        <dd className="break-words">{job.employer.name}</dd>
        <dt className="font-semibold">{t("card.area")}</dt>
        <dd>{t("place", { postalCode: job.postalCode, municipality: job.employer.municipality.name })}</dd>
        <dt className="font-semibold">{t("card.hours")}</dt>
        <dd>{t("hoursValue", { ...hoursArgs(job.hoursMin, job.hoursMax, locale) })}</dd>
        {job.match ? (
          <>
            <dt className="font-semibold">{t("card.match")}</dt>
            <dd>{tm(`statuses.${job.match.status}`)}</dd>
          </>
        ) : null}
      </dl>
      <CitizenJobFit fit={fit} id={`job-${job.id}`} />
      <Button asChild variant="secondary" className="self-start">
        <Link href={`/citizen/jobs/${encodeURIComponent(job.id)}`}>
          {t("card.details")}
          <span className="sr-only">: {job.title}</span>
        </Link>
      </Button>
    </Card>
  );
}
