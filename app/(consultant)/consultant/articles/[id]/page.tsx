import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/form-fields";
import { requireRole } from "@/lib/auth/guards";
import { getArticleForConsultant } from "@/lib/db/consultant-content";
import { PublishForm } from "../../events/publish-form";
import { publishArticleAction, updateArticleAction } from "../actions";
import { ArticleFields } from "../article-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantContent"))("articles.title") };
}

/** Edit and publish one article of the consultant's municipality. */
export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("CONSULTANT");
  const { id } = await params;
  const [article, t] = await Promise.all([getArticleForConsultant(user, id), getTranslations("consultantContent")]);
  if (!article) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Link href="/consultant/articles" className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("articles.back")}
      </Link>
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{article.title}</h1>
      <PublishForm id={article.id} publishedAt={article.publishedAt} action={publishArticleAction} />
      <Card aria-labelledby="article-details-title">
        <h2 id="article-details-title" className="mb-3 text-xl font-bold">
          {t("articles.details")}
        </h2>
        <ActionForm action={updateArticleAction}>
          <input type="hidden" name="id" value={article.id} />
          <ArticleFields
            defaults={{ title: article.title, summary: article.summary, body: article.body, videoUrl: article.videoUrl ?? "", audience: article.audience }}
          />
          <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        </ActionForm>
      </Card>
    </div>
  );
}
