import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/guards";
import { getResults } from "@/lib/db/results";
import { FigureSections } from "./figure-sections";
import { PlacementsSection, UnemploymentSection } from "./month-sections";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("title") };
}

export default async function ResultsPage() {
  const user = await requireRole("CONSULTANT");
  const [results, t, locale] = await Promise.all([getResults(user, new Date()), getTranslations("results"), getLocale()]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <Button asChild variant="secondary" className="self-start">
        <a href="/consultant/results/export" download>
          {t("download")}
        </a>
      </Button>
      {results ? (
        <>
          <UnemploymentSection months={results.months} locale={locale} />
          <PlacementsSection months={results.months} locale={locale} />
          <FigureSections results={results} locale={locale} />
        </>
      ) : (
        <p>{t("none")}</p>
      )}
    </div>
  );
}
