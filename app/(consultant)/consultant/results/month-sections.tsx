import { getTranslations } from "next-intl/server";
import { BarChart, DataTable, LineChart } from "@/components/charts";
import { Card } from "@/components/ui/card";
import { formatMonth, formatMonthTick, formatNumber } from "@/lib/results/format";
import type { MonthRow } from "@/lib/results";

type Props = { months: MonthRow[]; locale: string };

/** A month's label for tables ("nov. 2025") and for the chart's axis ("nov." with its year apart). */
const monthLabels = (m: MonthRow, locale: string) => ({ label: formatMonth(m.month, locale), ...formatMonthTick(m.month, locale) });

function TableDisclosure({ summary, children }: { summary: string; children: React.ReactNode }) {
  return (
    <details className="mt-2">
      <summary className="flex min-h-11 cursor-pointer items-center font-medium text-blue-800 underline">{summary}</summary>
      {children}
    </details>
  );
}

export async function UnemploymentSection({ months, locale }: Props) {
  const t = await getTranslations("results");
  const pct = (v: number | null) => (v === null ? "–" : t("percent", { value: formatNumber(v, locale) }));
  const points = months.map((m) => ({ ...monthLabels(m, locale), value: m.sharePercent, display: pct(m.sharePercent) }));
  const measured = points.filter((p) => p.value !== null);
  const first = measured[0];
  const last = measured.at(-1);
  return (
    <Card aria-labelledby="unemployment-heading">
      <h2 id="unemployment-heading" className="mb-3 text-xl font-semibold">
        {t("unemployment.heading")}
      </h2>
      <LineChart
        id="unemployment-chart"
        title={t("unemployment.chartTitle")}
        desc={first && last ? t("unemployment.chartDesc", { first: first.display, firstMonth: first.label, last: last.display, lastMonth: last.label }) : t("none")}
        points={points}
        formatTick={(v) => t("percent", { value: formatNumber(v, locale) })}
        max={100}
      />
      <TableDisclosure summary={t("showTable")}>
        <DataTable
          caption={t("unemployment.tableCaption")}
          columns={[t("columns.month"), t("columns.citizens"), t("columns.placed"), t("columns.seeking"), t("columns.share")]}
          rows={months.map((m, i) => [points[i]!.label, m.citizens, m.placed, m.seeking, pct(m.sharePercent)])}
        />
      </TableDisclosure>
      <p className="mt-3 text-sm text-gray-700">{t("unemployment.note")}</p>
    </Card>
  );
}

export async function PlacementsSection({ months, locale }: Props) {
  const t = await getTranslations("results");
  const labels = months.map((m) => monthLabels(m, locale));
  const hires = months.reduce((n, m) => n + m.hires, 0);
  const praktik = months.reduce((n, m) => n + m.praktikStarts, 0);
  return (
    <Card aria-labelledby="placements-heading">
      <h2 id="placements-heading" className="mb-3 text-xl font-semibold">
        {t("placements.heading")}
      </h2>
      <BarChart
        id="placements-chart"
        title={t("placements.chartTitle")}
        desc={t("placements.chartDesc", { hires, praktik })}
        points={months.map((m, i) => ({ ...labels[i]!, value: m.hires, display: formatNumber(m.hires, locale) }))}
        formatTick={(v) => formatNumber(v, locale)}
        integer
      />
      <TableDisclosure summary={t("showTable")}>
        <DataTable
          caption={t("placements.tableCaption")}
          columns={[t("columns.month"), t("columns.hires"), t("columns.praktikStarts")]}
          rows={months.map((m, i) => [labels[i]!.label, m.hires, m.praktikStarts])}
        />
      </TableDisclosure>
      <p className="mt-3 text-sm text-gray-700">{t("placements.note")}</p>
    </Card>
  );
}
