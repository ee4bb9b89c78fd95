import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/form-fields";
import { requireRole } from "@/lib/auth/guards";
import { getResults } from "@/lib/db/results";
import { formatDateTime } from "@/lib/i18n/format";
import { refreshResultsAction } from "./actions";
import { FigureSections } from "./figure-sections";
import { InvitationSection } from "./invitation-section";
import { PlacementsSection, UnemploymentSection } from "./month-sections";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("title") };
}

// One row read: the municipality's snapshot, kept by the refresh-results job (ADR 011).
export default async function ResultsPage() {
  const user = await requireRole("CONSULTANT");
  const [view, t, locale] = await Promise.all([getResults(user), getTranslations("results"), getLocale()]);
  const results = view?.results ?? null;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {results ? <p className="font-semibold">{t("asOf", { time: formatDateTime(results.now, locale) })}</p> : null}
      {view?.requestedAt ? <p>{t("pending")}</p> : null}
      <div className="flex flex-wrap items-start gap-3">
        {results ? (
          <Button asChild variant="secondary">
            <a href="/consultant/results/export" download>
              {t("download")}
            </a>
          </Button>
        ) : null}
        <ActionForm action={refreshResultsAction} className="gap-2">
          <SubmitButton variant="secondary" pendingLabel={t("refresh.pending")}>
            {t("refresh.submit")}
          </SubmitButton>
        </ActionForm>
      </div>
      {results ? (
        <>
          <InvitationSection results={results} locale={locale} />
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
