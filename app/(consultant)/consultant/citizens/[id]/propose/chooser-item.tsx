import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/form-fields";
import type { ChooserJob } from "@/lib/db/job-proposals";

/** One job in the chooser: what, where, hours, how well it fits her and why, and the button. */
export async function ChooserItem({ job }: { job: ChooserJob }) {
  const [t, tc, locale] = await Promise.all([getTranslations("consultantTools.propose"), getTranslations("caseload"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const titleId = `propose-${job.id}-title`;
  const hours = job.hoursMin === job.hoursMax ? t("hoursOne", { hours: job.hoursMin }) : t("hours", { min: job.hoursMin, max: job.hoursMax });
  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-3">
      <h2 id={titleId} className="text-lg font-bold break-words">
        {job.title}
      </h2>
      <p className="break-words">
        {job.employer.name} · {hours} · {job.fit.eligible ? t("score", { score: Math.round(job.fit.score) }) : t("notEligible")}
      </p>
      {job.fit.reasons.length > 0 ? (
        <ul className="list-disc pl-6">
          {job.fit.reasons.slice(0, 3).map((r) => (
            <li key={r.code}>{r[lang]}</li>
          ))}
        </ul>
      ) : null}
      {job.fit.blockers.length > 0 ? (
        <ul className="list-disc pl-6" aria-label={t("blockers")}>
          {job.fit.blockers.map((b) => (
            <li key={b.code}>{b[lang]}</li>
          ))}
        </ul>
      ) : null}
      {job.match ? (
        <p className="font-semibold">{t("hasMatch", { status: tc(`matchStatuses.${job.match.status}`) })}</p>
      ) : (
        <SubmitButton name="openingId" value={job.id} pendingLabel={t("pending")} className="self-start">
          {t("submit")}
          <span className="sr-only">: {job.title}</span>
        </SubmitButton>
      )}
    </Card>
  );
}
