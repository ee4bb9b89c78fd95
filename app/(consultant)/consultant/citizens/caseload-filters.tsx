import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { CaseloadFilters } from "@/lib/db/caseload";
import { CitizenStatus } from "@/lib/db/types";

const control = "min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base";

/**
 * A plain GET form, so filtering works without JavaScript and the URL can be bookmarked. Keyed by
 * the filters: a link to other filters (the menu's unread messages) must show them, and React
 * leaves an uncontrolled field's value alone when only its default changes.
 */
export async function CaseloadFiltersForm({ filters }: { filters: CaseloadFilters }) {
  const t = await getTranslations("caseload.filters");
  const tc = await getTranslations("caseload");
  return (
    <form key={JSON.stringify(filters)} method="get" action="/consultant" role="search" aria-labelledby="caseload-filters-title" className="flex flex-col gap-4">
      <h2 id="caseload-filters-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="caseload-scope" className="font-semibold">
            {t("scope")}
          </label>
          <select id="caseload-scope" name="scope" defaultValue={filters.scope} className={control}>
            <option value="mine">{t("scopes.mine")}</option>
            <option value="all">{t("scopes.all")}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="caseload-q" className="font-semibold">
            {t("search")}
          </label>
          <input id="caseload-q" type="search" name="q" defaultValue={filters.q} maxLength={100} className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="caseload-status" className="font-semibold">
            {t("status")}
          </label>
          <select id="caseload-status" name="status" defaultValue={filters.status ?? ""} className={control}>
            <option value="">{t("anyStatus")}</option>
            {Object.values(CitizenStatus).map((s) => (
              <option key={s} value={s}>
                {tc(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex items-center gap-3">
        <input id="caseload-unread" type="checkbox" name="unread" value="1" defaultChecked={filters.unread === true} className="size-6" />
        <label htmlFor="caseload-unread" className="font-semibold">
          {t("unreadOnly")}
        </label>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{t("apply")}</Button>
        <Button asChild variant="secondary">
          <Link href="/consultant">{t("reset")}</Link>
        </Button>
      </div>
    </form>
  );
}
