import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/guards";
import { listCompaniesForConsultant } from "@/lib/db/consultant-companies";
import { cn } from "@/lib/ui/cn";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantCompanies"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The municipality's companies; `?scope=mine` shows only those the consultant is assigned to. */
export default async function CompaniesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("CONSULTANT");
  const params = await searchParams;
  const scope = params.scope === "mine" ? "mine" : "all";
  const page = Number.parseInt(typeof params.page === "string" ? params.page : "1", 10);
  const [list, t] = await Promise.all([listCompaniesForConsultant(user, scope, { page: Number.isFinite(page) ? page : 1 }), getTranslations("consultantCompanies")]);
  const companies = list.items;
  const pageHref = (n: number) => {
    const q = new URLSearchParams();
    if (scope === "mine") q.set("scope", "mine");
    if (n > 1) q.set("page", String(n));
    return `/consultant/companies${q.size ? `?${q}` : ""}`;
  };
  const tabs = [
    { scope: "all", href: "/consultant/companies", label: t("filter.all") },
    { scope: "mine", href: "/consultant/companies?scope=mine", label: t("filter.mine") },
  ] as const;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <nav aria-label={t("filter.label")}>
        <ul className="flex flex-wrap gap-3">
          {tabs.map((tab) => (
            <li key={tab.scope}>
              <Link
                href={tab.href}
                aria-current={scope === tab.scope ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-11 items-center rounded-md border px-4 font-semibold no-underline",
                  scope === tab.scope ? "border-brand-700 bg-brand-700 text-white underline" : "border-gray-500 bg-white text-gray-900",
                )}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="companies-list-title" className="flex flex-col gap-4">
        <h2 id="companies-list-title" className="text-xl font-bold">
          {t("listTitle", { count: list.total })}
        </h2>
        {companies.length === 0 ? <p>{scope === "mine" ? t("emptyMine") : t("empty")}</p> : null}
        <ul className="flex flex-col gap-4">
          {companies.map((c) => (
            <li key={c.id}>
              <Card className="flex flex-col gap-2">
                <h3 className="text-lg font-bold break-words">
                  <Link href={`/consultant/companies/${c.id}`} className="inline-flex min-h-11 items-center">
                    {c.name}
                  </Link>
                </h3>
                {c.mine ? <p className="self-start rounded-md border border-brand-700 px-2 py-0.5 text-sm font-semibold">{t("mine")}</p> : null}
                <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{t("industry")}</dt>
                  <dd className="break-words">{c.industry}</dd>
                  <dt className="font-semibold">{t("postalCode")}</dt>
                  <dd>{c.postalCode}</dd>
                  <dt className="font-semibold">{t("consultant")}</dt>
                  <dd>{c.consultantName ?? t("noConsultant")}</dd>
                </dl>
                <p>
                  {t("openOpenings", { count: c.openOpenings })} · {t("activeMatches", { count: c.activeMatches })}
                </p>
              </Card>
            </li>
          ))}
        </ul>
        <Pagination current={list.page} pages={list.pages} href={pageHref} namespace="consultantCompanies.pagination" />
      </section>
    </div>
  );
}
