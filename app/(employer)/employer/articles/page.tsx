import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticleList } from "@/components/content/article-list";
import { PageLinks, pageParam } from "@/components/ui/page-links";
import { requireRole } from "@/lib/auth/guards";
import { listArticles } from "@/lib/db/articles";

const PAGE_SIZE = 10;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}

/** The job centre's articles and videos for companies (audience "Virksomheder" or everyone), 10 a page. */
export default async function EmployerArticlesPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireRole("EMPLOYER");
  const page = pageParam((await searchParams).page);
  const [rows, t] = await Promise.all([listArticles(user, new Date(), { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE + 1 }), getTranslations("articles")]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("employerIntro")}</p>
      <ArticleList articles={rows.slice(0, PAGE_SIZE)} basePath="/employer/articles" />
      <PageLinks
        current={page}
        hasNext={rows.length > PAGE_SIZE}
        href={(n) => (n > 1 ? `/employer/articles?page=${n}` : "/employer/articles")}
        labels={{ label: t("pagination.label"), previous: t("pagination.previous"), next: t("pagination.next"), page: t("pagination.page", { page }) }}
      />
    </div>
  );
}
