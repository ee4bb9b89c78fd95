import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { stripControlCharacters } from "@/lib/validation/common";
import { requireRole } from "@/lib/auth/guards";
import { Pagination } from "@/components/ui/pagination";
import { listCaseload, type CaseloadFilters } from "@/lib/db/caseload";
import { CitizenStatus } from "@/lib/db/types";
import { CaseloadFiltersForm } from "./citizens/caseload-filters";
import { CaseloadTable } from "./citizens/caseload-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseload"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Unknown or repeated query values fall back to the defaults rather than failing. */
function parseFilters(params: Record<string, string | string[] | undefined>): CaseloadFilters {
  const one = (key: string) => (typeof params[key] === "string" ? params[key] : "");
  const status = one("status");
  return {
    scope: one("scope") === "all" ? "all" : "mine",
    q: stripControlCharacters(one("q")).trim().slice(0, 100),
    status: (Object.values(CitizenStatus) as string[]).includes(status) ? (status as CitizenStatus) : null,
    unread: one("unread") === "1",
  };
}

/** The URL of another page of the same filtered list. */
function pageHref(filters: CaseloadFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.scope === "all") params.set("scope", "all");
  if (filters.q) params.set("q", filters.q);
  if (filters.status) params.set("status", filters.status);
  if (filters.unread) params.set("unread", "1");
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return `/consultant${search ? `?${search}` : ""}`;
}

export default async function ConsultantHomePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("CONSULTANT");
  const params = await searchParams;
  const filters = parseFilters(params);
  const page = Number.parseInt(typeof params.page === "string" ? params.page : "1", 10);
  const [result, t, locale] = await Promise.all([
    listCaseload(user, filters, { page: Number.isFinite(page) ? page : 1 }),
    getTranslations("caseload"),
    getLocale(),
  ]);
  const rows = result.rows;
  const filtered = filters.q !== "" || filters.status !== null || filters.unread === true;
  const caption = filters.scope === "mine" ? t("captionMine") : t("captionAll");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <Card>
        <CaseloadFiltersForm filters={filters} />
      </Card>
      <Card aria-labelledby="caseload-list-title">
        <h2 id="caseload-list-title" className="mb-3 text-xl font-bold">
          {t("listTitle", { count: result.total })}
        </h2>
        {rows.length === 0 ? (
          filtered || filters.scope === "all" ? (
            <p>{t("empty")}</p>
          ) : (
            <p className="flex flex-col gap-2">
              <span>{t("emptyCaseload")}</span>
              <Link href="/consultant/invitations" className="inline-flex min-h-11 items-center self-start font-semibold">
                {t("invitationsLink")}
              </Link>
            </p>
          )
        ) : (
          <>
            <CaseloadTable rows={rows} caption={caption} showConsultant={filters.scope === "all"} locale={locale} />
            <div className="mt-3">
              <Pagination current={result.page} pages={result.pages} href={(n) => pageHref(filters, n)} namespace="caseload.pagination" />
            </div>
          </>
        )}
      </Card>
    </div>
  );
}
