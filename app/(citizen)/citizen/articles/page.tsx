import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { listArticlesForCitizen } from "@/lib/db/articles";
import { formatDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}

export default async function CitizenArticlesPage() {
  const user = await requireRole("CITIZEN");
  const [articles, t, locale] = await Promise.all([listArticlesForCitizen(user, new Date()), getTranslations("articles"), getLocale()]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {articles.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {articles.map((article) => (
            <li key={article.id}>
              <Card aria-labelledby={`article-${article.id}-title`} className="flex flex-col gap-2">
                <h2 id={`article-${article.id}-title`} className="text-xl font-bold">
                  <Link href={`/citizen/articles/${article.id}`} className="inline-flex min-h-11 items-center break-words">
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
                {article.publishedAt ? (
                  <p className="text-sm text-gray-700">{t("published", { date: formatDate(article.publishedAt, locale) })}</p>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
