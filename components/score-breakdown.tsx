import { getLocale, getTranslations } from "next-intl/server";
import { COMPONENT_NAMES, type ComponentName, type ComponentResult } from "@/lib/matching";
import { numberFormat } from "@/lib/i18n/intl-cache";

type Fit = { eligible: boolean; score: number; components: Record<ComponentName, ComponentResult & { hidden?: boolean }> };

/**
 * The score split into its parts, as a table: each part in words, how much of it is met, its
 * weight and the points it gives. The table scrolls inside a labelled, focusable region on a
 * narrow phone instead of widening the page.
 */
export async function ScoreBreakdown({ fit, alias }: { fit: Fit; alias: string }) {
  const [t, locale] = await Promise.all([getTranslations("candidates.score"), getLocale()]);
  const number = numberFormat(locale === "en" ? "en-GB" : "da-DK", { maximumFractionDigits: 1 });
  const rows = COMPONENT_NAMES.map((name) => ({ name, ...fit.components[name] }));
  const sum = rows.reduce((total, r) => total + r.points, 0);
  const total = fit.eligible ? fit.score : Math.round(sum);
  return (
    <div className="flex flex-col gap-2">
      {fit.eligible ? null : <p>{t("ineligible")}</p>}
      <div role="region" aria-label={t("regionLabel", { alias })} tabIndex={0} className="max-w-full overflow-x-auto">
        <table className="w-full min-w-72 border-collapse text-left">
          <caption className="sr-only">{t("caption", { alias })}</caption>
          <thead>
            <tr className="border-b-2 border-gray-500">
              <th scope="col" className="py-2 pr-3">
                {t("part")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("value")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("weight")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("points")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} className="border-b border-gray-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {t(`components.${r.name}`)}
                </th>
                <td className="py-2 pr-3 text-right">{r.hidden ? t("hidden") : t("valuePercent", { value: number.format(Math.round(r.value * 100)) })}</td>
                <td className="py-2 pr-3 text-right">{number.format(r.weight)}</td>
                <td className="py-2 text-right">{r.hidden ? "–" : number.format(r.points)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" className="py-2 pr-3">
                {t("total")}
              </th>
              <td className="py-2 pr-3" />
              <td className="py-2 pr-3 text-right">{number.format(rows.reduce((w, r) => w + r.weight, 0))}</td>
              <td className="py-2 text-right">{number.format(total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
