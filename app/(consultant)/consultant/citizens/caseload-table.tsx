import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CaseloadRow } from "@/lib/db/caseload";
import { formatDate, formatHours } from "@/lib/i18n/format";

/**
 * The caseload as a table inside a labelled, focusable scroll region: at 360 px the table scrolls
 * sideways on its own while the page does not.
 */
export async function CaseloadTable({ rows, caption, showConsultant, locale }: { rows: CaseloadRow[]; caption: string; showConsultant: boolean; locale: string }) {
  const t = await getTranslations("caseload");
  const cell = "py-2 pr-4 align-top";
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className={cell}>{t("columns.name")}</th>
            <th scope="col" className={cell}>{t("columns.status")}</th>
            <th scope="col" className={cell}>{t("columns.hours")}</th>
            <th scope="col" className={cell}>{t("columns.lastLogin")}</th>
            <th scope="col" className={cell}>{t("columns.completeness")}</th>
            <th scope="col" className={cell}>{t("columns.openMatches")}</th>
            <th scope="col" className={cell}>{t("columns.dialog")}</th>
            {showConsultant ? <th scope="col" className={cell}>{t("columns.consultant")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-gray-200">
              <th scope="row" className={`${cell} font-semibold`}>
                <Link href={`/consultant/citizens/${row.id}`} className="inline-flex min-h-11 items-center break-words">
                  {row.name}
                </Link>
              </th>
              <td className={cell}>{t(`statuses.${row.status}`)}</td>
              <td className={cell}>{formatHours(row.hoursMin, row.hoursMax, locale)}</td>
              <td className={cell}>{row.lastLoginAt ? formatDate(row.lastLoginAt, locale) : t("never")}</td>
              <td className={cell}>{t("percent", { percent: row.completeness })}</td>
              <td className={cell}>{row.openMatches}</td>
              <td className={cell}>
                {row.dialogUnread > 0 ? (
                  <Link href={`/consultant/citizens/${row.id}/dialog`} className="inline-flex min-h-11 items-center font-semibold">
                    {t("dialogUnread", { count: row.dialogUnread })}
                  </Link>
                ) : (
                  <span className="text-gray-700">{t("dialogNone")}</span>
                )}
              </td>
              {showConsultant ? <td className={cell}>{row.consultant?.name ?? t("noConsultant")}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
