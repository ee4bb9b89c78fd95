import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { listArticlesForConsultant } from "@/lib/db/consultant-content";
import { formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantContent"))("articles.title") };
}

/** The municipality's articles and videos: drafts first, then the newest published. */
export default async function ArticlesPage() {
  const user = await requireRole("CONSULTANT");
  const [articles, t, locale] = await Promise.all([listArticlesForConsultant(user), getTranslations("consultantContent"), getLocale()]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("articles.title")}</h1>
      <p>{t("articles.intro")}</p>
      <Button asChild className="self-start">
        <Link href="/consultant/articles/new">{t("articles.new")}</Link>
      </Button>
      <section aria-labelledby="articles-list-title" className="flex flex-col gap-4">
        <h2 id="articles-list-title" className="text-xl font-bold">
          {t("articles.listTitle", { count: articles.length })}
        </h2>
        {articles.length === 0 ? <p>{t("articles.empty")}</p> : null}
        <ul className="flex flex-col gap-4">
          {articles.map((a) => (
            <li key={a.id}>
              <Card className="flex flex-col gap-2">
                <h3 className="text-lg font-bold break-words">
                  <Link href={`/consultant/articles/${a.id}`} className="inline-flex min-h-11 items-center">
                    {a.title}
                  </Link>
                </h3>
                <p className="self-start rounded-md border border-gray-500 px-2 py-0.5 text-sm font-semibold">
                  {a.publishedAt ? t("state.published") : t("state.draft")}
                </p>
                {a.summary ? <p className="break-words">{a.summary}</p> : null}
                <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{t("audience")}</dt>
                  <dd>{t(`audiences.${a.audience}`)}</dd>
                  <dt className="font-semibold">{t("status")}</dt>
                  <dd>{a.publishedAt ? t("publishedText", { date: formatDateTime(a.publishedAt, locale) }) : t("draftText")}</dd>
                </dl>
                {a.videoUrl ? <p>{t("articles.hasVideo")}</p> : null}
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
