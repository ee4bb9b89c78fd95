import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticlesPage } from "@/components/content/articles-page";
import { pageParam } from "@/components/ui/page-links";
import { requireRole } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}

/** Her municipality's articles and videos for citizens, 10 a page. */
export default async function CitizenArticlesPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireRole("CITIZEN");
  const page = pageParam((await searchParams).page);
  return <ArticlesPage actor={user} page={page} basePath="/citizen/articles" intro="intro" />;
}
