import { getTranslations } from "next-intl/server";
import { ArticleList } from "@/components/content/article-list";
import { CONTENT_PAGE_SIZE } from "@/components/content/events-page";
import { ContentPageLinks } from "@/components/content/content-page-links";
import type { Actor } from "@/lib/db/audit";
import { listArticles } from "@/lib/db/articles";

type Props = { actor: Actor; page: number; basePath: string; intro: "intro" | "employerIntro" };

/** The articles page for citizens and companies alike: what the actor may read, 10 a page, newest first. */
export async function ArticlesPage({ actor, page, basePath, intro }: Props) {
  const [rows, t] = await Promise.all([listArticles(actor, new Date(), { skip: (page - 1) * CONTENT_PAGE_SIZE, take: CONTENT_PAGE_SIZE + 1 }), getTranslations("articles")]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t(intro)}</p>
      <ArticleList articles={rows.slice(0, CONTENT_PAGE_SIZE)} basePath={basePath} />
      <ContentPageLinks namespace="articles" page={page} hasNext={rows.length > CONTENT_PAGE_SIZE} basePath={basePath} />
    </div>
  );
}
