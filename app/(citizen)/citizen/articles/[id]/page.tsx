import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ArticleView } from "@/components/content/article-view";
import { requireRole } from "@/lib/auth/guards";
import { getArticle } from "@/lib/db/articles";

type Props = { params: Promise<{ id: string }> };

// Metadata and page read the same article; cache() makes that one query per request.
const loadArticle = cache(async (id: string) => {
  const user = await requireRole("CITIZEN");
  return getArticle(user, id, new Date());
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article?.title ?? (await getTranslations("articles"))("notFoundTitle") };
}

export default async function CitizenArticlePage({ params }: Props) {
  await requireRole("CITIZEN");
  const article = await loadArticle((await params).id);
  if (!article) notFound();
  return <ArticleView article={article} backHref="/citizen/articles" />;
}
