import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticleList } from "@/components/content/article-list";
import { requireRole } from "@/lib/auth/guards";
import { listArticles } from "@/lib/db/articles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}

export default async function CitizenArticlesPage() {
  const user = await requireRole("CITIZEN");
  const [articles, t] = await Promise.all([listArticles(user, new Date()), getTranslations("articles")]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ArticleList articles={articles} basePath="/citizen/articles" />
    </div>
  );
}
