import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { browseCandidatesForEmployer, listOpenOpeningsForEmployer } from "@/lib/db/employer-candidates";
import { Pagination } from "@/components/ui/pagination";
import { CandidateResult } from "./candidate-result";
import { FilterForm } from "./filter-form";
import { pageHref, parseBrowseQuery, toFilters } from "./filters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("candidates.browse"))("title") };
}

export default async function BrowseCandidatesPage({ searchParams }: Props) {
  const user = await requireRole("EMPLOYER");
  const query = parseBrowseQuery(await searchParams);
  const [result, openings, t] = await Promise.all([
    browseCandidatesForEmployer(user, toFilters(query), { page: query.page }),
    listOpenOpeningsForEmployer(user),
    getTranslations("candidates.browse"),
  ]);
  if (!result) return null;
  const detailHref = (id: string) => `/employer/candidates/${encodeURIComponent(id)}${result.opening ? `?opening=${encodeURIComponent(result.opening.id)}` : ""}`;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <FilterForm query={query} areas={result.areas} openings={openings} />
      <section aria-labelledby="candidate-results" className="flex flex-col gap-4">
        <h2 id="candidate-results" className="text-xl font-bold">
          {t("results")}
        </h2>
        <p aria-live="polite">{t("count", { count: result.total })}</p>
        {result.opening ? <p>{t("rankedFor", { title: result.opening.title })}</p> : null}
        {result.total === 0 ? <p>{t("noResults")}</p> : null}
        <ul className="flex flex-col gap-6">
          {result.items.map(({ card, fit }) => (
            <li key={card.id}>
              <CandidateResult card={card} fit={fit} href={detailHref(card.id)} />
            </li>
          ))}
        </ul>
        <Pagination current={result.page} pages={result.pages} href={(n) => pageHref(query, n)} namespace="candidates.pagination" />
      </section>
    </div>
  );
}
