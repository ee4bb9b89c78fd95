import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticlesPage } from "@/components/content/articles-page";
import { pageParam } from "@/components/ui/page-links";
import { requireRole } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}

/** The job centre's articles and videos for companies (audience "Virksomheder" or everyone), 10 a page. */
export default async function EmployerArticlesPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireRole("EMPLOYER");
  const page = pageParam((await searchParams).page);
  return <ArticlesPage actor={user} page={page} basePath="/employer/articles" intro="employerIntro" />;
}
