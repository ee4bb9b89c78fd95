import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MessageList } from "@/components/job-fit";
import type { BundleJob, ShownBundle } from "@/lib/db/bundles";
import { formatHours, hoursArgs } from "@/lib/i18n/format";
import { scheduleSummary } from "@/lib/matching";

// One bundle of small jobs, for the consultant's citizen file and the citizen's own jobs page:
// each job with its hours and times, and why they fit together. What can be done with the bundle
// (a button, a hint) comes as children; a job's extra line (its match) from `jobNote`.

type Props = {
  bundle: ShownBundle;
  number: number;
  /** Unique on the page: the ids of the heading and the lists derive from it. */
  id: string;
  /** The job's own page, when the reader has one. */
  jobHref?: (job: BundleJob) => string;
  jobNote?: (job: BundleJob) => string | null;
  children?: React.ReactNode;
};

export async function BundleSummary({ bundle, number, id, jobHref, jobNote, children }: Props) {
  const [t, locale] = await Promise.all([getTranslations("bundles"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const hours = (h: number) => formatHours(h, h, locale);
  const below = bundle.reasons.filter((r) => r.code === "bundle_below_min");
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3 rounded-md border border-gray-300 p-4">
      <h3 id={`${id}-title`} className="text-lg font-bold break-words">
        {t("bundleTitle", { number, count: bundle.jobs.length, ...hoursArgs(bundle.hours, bundle.hours, locale) })}
      </h3>
      <ul className="flex flex-col gap-3">
        {bundle.jobs.map((job) => {
          const range = formatHours(job.hoursMin, job.hoursMax, locale);
          const note = jobNote?.(job);
          return (
            <li key={job.id} className="flex flex-col gap-0.5 border-l-4 border-brand-700 pl-3">
              {jobHref ? (
                <Link href={jobHref(job)} className="inline-flex min-h-11 items-center self-start font-semibold break-words">
                  {job.title}
                </Link>
              ) : (
                <span className="font-semibold break-words">{job.title}</span>
              )}
              <span className="break-words">{job.employer.name}</span>
              <span>{range === hours(job.hours) ? t("jobHours", hoursArgs(job.hours, job.hours, locale)) : t("jobHoursOf", { ...hoursArgs(job.hours, job.hours, locale), range, rangeCount: job.hoursMax })}</span>
              <span className="break-words">{job.schedule.length ? t("schedule", { slots: scheduleSummary(job.schedule, lang) }) : t("anyTime")}</span>
              {note ? <span className="font-semibold">{note}</span> : null}
            </li>
          );
        })}
      </ul>
      <MessageList id={`${id}-why`} label={t("why")} icon="✓" items={bundle.reasons.filter((r) => r.code !== "bundle_below_min")} lang={lang} />
      <MessageList id={`${id}-notes`} label={t("notes")} icon="i" items={below} lang={lang} />
      {children}
    </section>
  );
}
