import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/form-fields";
import { requireRole } from "@/lib/auth/guards";
import { newRecordId } from "@/lib/auth/tokens";
import { CreateForm } from "../../events/create-form";
import { createArticleAction } from "../actions";
import { ArticleFields } from "../article-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantContent"))("articles.new") };
}

export default async function NewArticlePage() {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantContent");
  return (
    <div className="flex flex-col gap-6">
      <Link href="/consultant/articles" className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("articles.back")}
      </Link>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("articles.new")}</h1>
      <p>{t("articles.newIntro")}</p>
      <CreateForm action={createArticleAction} hrefBase="/consultant/articles" initialId={newRecordId(user.id)} draftKey={`article-new:${user.id}`}>
        <ArticleFields defaults={{ title: "", summary: "", body: "", videoUrl: "", audience: "CITIZENS" }} />
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </CreateForm>
    </div>
  );
}
