import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { getArticle } from "@/lib/db/articles";
import { formatDate } from "@/lib/i18n/format";
import { VideoLink } from "./video-link";

type Article = NonNullable<Awaited<ReturnType<typeof getArticle>>>;

/** Plain-text paragraphs: the body is split on blank lines and rendered as text, never as HTML. */
function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** One article with a link back to the list at `backHref`. */
export async function ArticleView({ article, backHref }: { article: Article; backHref: string }) {
  const [t, locale] = await Promise.all([getTranslations("articles"), getLocale()]);
  return (
    <article className="flex max-w-prose flex-col gap-5">
      <Link href={backHref} className="inline-flex min-h-11 items-center self-start">
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
