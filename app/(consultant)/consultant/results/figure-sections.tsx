import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatNumber } from "@/lib/results/format";
import type { Results } from "@/lib/results";

type Figure = { label: string; value: string; basis?: string };

function Figures({ id, heading, figures, note }: { id: string; heading: string; figures: Figure[]; note: string }) {
  return (
    <Card aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {heading}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-3">
        {figures.map((f) => (
          <div key={f.label}>
            <dt className="text-sm text-gray-700">{f.label}</dt>
            <dd className="text-2xl font-bold">{f.value}</dd>
            {f.basis ? <dd className="text-sm text-gray-700">{f.basis}</dd> : null}
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-gray-700">{note}</p>
    </Card>
  );
}

/** Medians, engagement and profile completion: single figures with their definitions. */
export async function FigureSections({ results, locale }: { results: Results; locale: string }) {
  const t = await getTranslations("results");
  const pct = (v: number | null) => (v === null ? t("none") : t("percent", { value: formatNumber(v, locale) }));
  const days = (v: number | null) => (v === null ? t("none") : t("medians.days", { days: formatNumber(v, locale), count: v }));
  const { medians, engagement, completion } = results;
  return (
    <>
      <Figures
        id="medians-heading"
        heading={t("medians.heading")}
        note={t("medians.note")}
        figures={[
          { label: t("medians.toApproval"), value: days(medians.daysToApproval), basis: t("medians.basis", { count: medians.approvals }) },
          { label: t("medians.toHire"), value: days(medians.daysToHire), basis: t("medians.basis", { count: medians.hires }) },
        ]}
      />
      <Figures
        id="engagement-heading"
        heading={t("engagement.heading")}
        note={t("engagement.note")}
        figures={[
          { label: t("engagement.day"), value: pct(engagement.dayPercent) },
          { label: t("engagement.week"), value: pct(engagement.weekPercent) },
          { label: t("engagement.twoWeeks"), value: pct(engagement.twoWeeksPercent) },
        ]}
      />
      <Figures
        id="completion-heading"
        heading={t("completion.heading")}
        note={t("completion.note")}
        figures={[
          { label: t("completion.average"), value: pct(completion.averagePercent) },
          { label: t("completion.full"), value: pct(completion.completePercent) },
        ]}
      />
    </>
  );
}
