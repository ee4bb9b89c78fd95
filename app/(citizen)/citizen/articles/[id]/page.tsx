import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { requireRole } from "@/lib/auth/guards";
import { getArticleForCitizen } from "@/lib/db/articles";
import { formatDate } from "@/lib/format";
import { VideoLink } from "./video-link";

type Props = { params: Promise<{ id: string }> };

// Metadata and page read the same article; cache() makes that one query per request.
const loadArticle = cache(async (id: string) => {
  const user = await requireRole("CITIZEN");
  return getArticleForCitizen(user, id, new Date());
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article?.title ?? (await getTranslations("articles"))("notFoundTitle") };
}

/** Plain-text paragraphs: the body is split on blank lines and rendered as text, never as HTML. */
function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export default async function CitizenArticlePage({ params }: Props) {
  await requireRole("CITIZEN");
  const article = await loadArticle((await params).id);
  if (!article) notFound();
  const [t, locale] = await Promise.all([getTranslations("articles"), getLocale()]);
  return (
    <article className="flex max-w-prose flex-col gap-5">
      <Link href="/citizen/articles" className="inline-flex min-h-11 items-center self-start">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{article.title}</h1>
      {article.publishedAt ? <p className="text-sm text-gray-700">{t("published", { date: formatDate(article.publishedAt, locale) })}</p> : null}
      {article.summary ? <p className="text-lg font-semibold">{article.summary}</p> : null}
      {paragraphs(article.body).map((text, i) => (
        <p key={i} className="whitespace-pre-line">
          {text}
        </p>
      ))}
      {article.videoUrl ? <VideoLink url={article.videoUrl} /> : null}
    </article>
  );
}
