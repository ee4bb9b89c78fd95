import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CitizenFitBadge, CitizenJobFit } from "@/components/citizen-fit/citizen-job-fit";
import { Card } from "@/components/ui/card";
import { OfferedAccommodations } from "@/components/offered-accommodations";
import { requireRole } from "@/lib/auth/guards";
import { getJobForCitizen } from "@/lib/db/citizen-jobs";
import { hoursArgs } from "@/lib/i18n/format";
import { scheduleSummary } from "@/lib/matching";
import { InterestForm } from "./interest-form";

type Props = { params: Promise<{ id: string }> };

// Metadata and page read the same job; cache() makes that one query per request.
const loadJob = cache(async (id: string) => {
  const user = await requireRole("CITIZEN");
  return getJobForCitizen(user, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await loadJob((await params).id);
  return { title: found?.job.title ?? (await getTranslations("jobs"))("title") };
}

export default async function JobPage({ params }: Props) {
  await requireRole("CITIZEN");
  const found = await loadJob((await params).id);
  if (!found) notFound();
  const { job, fit } = found;
  const [t, tm, locale] = await Promise.all([getTranslations("jobs"), getTranslations("matches"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const open = job.status === "OPEN";

  return (
    <article className="flex flex-col gap-6">
      <Link href="/citizen/jobs" className="inline-flex min-h-11 items-center self-start">
        {t("detail.back")}
      </Link>
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{job.title}</h1>
      <p className="text-lg">{job.employer.name}</p>
      {fit ? <CitizenFitBadge fit={fit} /> : null}
      {!open ? <p className="font-semibold">{t("detail.notOpen")}</p> : null}

      <Card aria-labelledby="job-about" className="flex flex-col gap-3">
        <h2 id="job-about" className="text-xl font-bold">
          {t("detail.about")}
        </h2>
        <p className="break-words whitespace-pre-line">{job.description || t("detail.noDescription")}</p>
        {job.tasks.length > 0 ? (
          <>
            <h3 className="text-lg font-bold">{t("detail.tasks")}</h3>
            <ul className="list-disc pl-5">
              {job.tasks.map((task, i) => (
                <li key={i} className="break-words">
                  {task}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>

      <Card aria-labelledby="job-practical">
        <h2 id="job-practical" className="mb-3 text-xl font-bold">
          {t("detail.practical")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("detail.company")}</dt>
          <dd className="break-words">{job.employer.name}</dd>
          <dt className="font-semibold">{t("detail.place")}</dt>
          <dd>{t("place", { postalCode: job.postalCode, municipality: job.employer.municipality.name })}</dd>
          <dt className="font-semibold">{t("detail.hours")}</dt>
          <dd>{t("hoursValue", { ...hoursArgs(job.hoursMin, job.hoursMax, locale) })}</dd>
          <dt className="font-semibold">{t("detail.schedule")}</dt>
          <dd>{scheduleSummary(job.schedule, lang) || t("detail.anyTime")}</dd>
          <dt className="font-semibold">{t("detail.remote")}</dt>
          <dd>{job.remotePossible ? t("detail.remoteYes") : t("detail.remoteNo")}</dd>
          <dt className="font-semibold">{t("detail.positions")}</dt>
          <dd>{job.positions}</dd>
        </dl>
      </Card>

      <OfferedAccommodations id="job-offers" title={t("detail.offers")} empty={t("detail.noOffers")} codes={job.accommodations} />

      <Card aria-labelledby="job-fit" className="flex flex-col gap-3">
        <h2 id="job-fit" className="text-xl font-bold">
          {t("detail.fitTitle")}
        </h2>
        {fit ? (
          <CitizenJobFit fit={fit} id="job-fit-detail" variant="full" />
        ) : (
          <p>
            {t("detail.noFit")} <Link href="/citizen/profile">{t("noProfileLink")}</Link>
          </p>
        )}
      </Card>

      {job.match ? (
        <Card aria-labelledby="job-match" className="flex flex-col gap-3">
          <h2 id="job-match" className="text-xl font-bold">
            {t("detail.matchTitle")}
          </h2>
          <p>{t("detail.matchStatus", { status: tm(`statuses.${job.match.status}`) })}</p>
          <Link href="/citizen/matches" className="inline-flex min-h-11 items-center self-start font-semibold">
            {t("detail.seeMatches")}
          </Link>
        </Card>
      ) : null}

      {open && fit ? <InterestForm openingId={job.id} eligible={fit.eligible} matchStatus={job.match?.status ?? null} /> : null}
    </article>
  );
}
