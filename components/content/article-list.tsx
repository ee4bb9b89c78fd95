import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { listArticles } from "@/lib/db/articles";
import { formatDate } from "@/lib/i18n/format";

type ArticleSummary = Awaited<ReturnType<typeof listArticles>>[number];

/** A list of article cards linking to `${basePath}/<id>`, for the citizen's and the company's areas. */
export async function ArticleList({ articles, basePath }: { articles: ArticleSummary[]; basePath: string }) {
  const [t, locale] = await Promise.all([getTranslations("articles"), getLocale()]);
  if (articles.length === 0) return <p>{t("empty")}</p>;
  return (
    <ul className="flex flex-col gap-4">
      {articles.map((article) => (
        <li key={article.id}>
          <Card aria-labelledby={`article-${article.id}-title`} className="flex flex-col gap-2">
            <h2 id={`article-${article.id}-title`} className="text-xl font-bold">
              <Link href={`${basePath}/${article.id}`} className="inline-flex min-h-11 items-center break-words">
                {article.title}
              </Link>
            </h2>
            {article.hasVideo ? (
              <p className="self-start rounded-md border border-gray-500 px-2 py-1 text-sm font-semibold">
                <span aria-hidden="true">▶ </span>
                {t("hasVideo")}
              </p>
            ) : null}
            {article.summary ? <p>{article.summary}</p> : null}
            {article.publishedAt ? <p className="text-sm text-gray-700">{t("published", { date: formatDate(article.publishedAt, locale) })}</p> : null}
          </Card>
        </li>
      ))}
    </ul>
  );
}
