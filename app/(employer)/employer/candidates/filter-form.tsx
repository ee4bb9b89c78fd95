import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField, TextField } from "@/components/ui/form-fields";
import type { AreaOption } from "@/lib/db/employer-candidates";
import { ACCOMMODATION_GROUPS } from "@/lib/matching";
import type { BrowseQuery } from "./filters";

const selectClass = "min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base";

/** The GET search form of the browse page. */
export async function FilterForm({ query, areas, openings }: { query: BrowseQuery; areas: AreaOption[]; openings: { id: string; title: string }[] }) {
  const [t, locale] = await Promise.all([getTranslations("candidates.browse"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const chosen = new Set(query.needs);
  return (
    <Card aria-labelledby="candidate-filters">
      <h2 id="candidate-filters" className="mb-3 text-xl font-bold">
        {t("filters")}
      </h2>
      <form method="get" action="/employer/candidates" role="search" aria-labelledby="candidate-filters" className="flex flex-col gap-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t("hoursMin")} hint={t("hoursHint")} name="hoursMin" type="number" inputMode="decimal" min={0} max={80} step={0.5} defaultValue={query.hoursMin} />
          <TextField label={t("hoursMax")} name="hoursMax" type="number" inputMode="decimal" min={0} max={80} step={0.5} defaultValue={query.hoursMax} />
        </div>
        <TextField label={t("skills")} hint={t("skillsHint")} name="skills" type="search" maxLength={200} defaultValue={query.skills} />
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-area" className="font-semibold">
            {t("area")}
          </label>
          <select id="filter-area" name="area" defaultValue={query.area ?? ""} className={selectClass}>
            <option value="">{t("anyArea")}</option>
            {(["municipality", "region"] as const).map((kind) => {
              const options = areas.filter((a) => a.kind === kind);
              return options.length === 0 ? null : (
                <optgroup key={kind} label={t(kind === "municipality" ? "municipalities" : "regions")}>
                  {options.map((a) => (
                    <option key={a.value} value={a.value}>
                      {kind === "region" ? t("regionOption", { region: a.label }) : a.label}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </div>
        {openings.length > 0 ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-opening" className="font-semibold">
              {t("opening")}
            </label>
            <select id="filter-opening" name="opening" defaultValue={query.opening ?? ""} className={selectClass}>
              <option value="">{t("noOpening")}</option>
              {openings.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <details open={chosen.size > 0}>
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">{t("needs")}</summary>
          <p id="needs-hint" className="text-sm text-gray-700">
            {t("needsHint")}
          </p>
          {ACCOMMODATION_GROUPS.map((g) => (
            <fieldset key={g.code} aria-describedby="needs-hint" className="mt-3">
              <legend className="font-semibold">{g[lang]}</legend>
              {g.items.map((item) => (
                <CheckboxField key={item.code} id={`need-${item.code}`} label={item[lang]} name="needs" value={item.code} defaultChecked={chosen.has(item.code)} />
              ))}
            </fieldset>
          ))}
        </details>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">{t("submit")}</Button>
          <Link href="/employer/candidates" className="inline-flex min-h-11 items-center font-semibold">
            {t("reset")}
          </Link>
        </div>
      </form>
    </Card>
  );
}
