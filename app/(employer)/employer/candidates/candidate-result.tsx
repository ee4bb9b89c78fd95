import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CandidateCardView } from "@/components/candidate-card-view";
import { FitBadge, JobFit } from "@/components/job-fit";
import { ScoreBreakdown } from "@/components/score-breakdown";
import { Button } from "@/components/ui/button";
import type { EmployerCard } from "@/lib/db/employer-candidate-pool";
import type { EmployerFit } from "@/lib/privacy/employer-fit";

/** The card with the area in words: a municipality, a region, or the whole country. */
export async function withArea(card: EmployerCard): Promise<EmployerCard> {
  const t = await getTranslations("candidates");
  return card.area ? card : { ...card, area: t("country") };
}

/**
 * One candidate in a list: the anonymized card, how well they fit (score, reasons or blockers,
 * and the points behind the score on request) and the way to the detail page.
 */
export async function CandidateResult({ card, fit, href }: { card: EmployerCard; fit: EmployerFit | null; href: string }) {
  const t = await getTranslations("candidates");
  return (
    <div className="flex flex-col gap-3">
      <CandidateCardView card={await withArea(card)} headingLevel={3} />
      <div className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-5">
        {fit ? (
          <>
            <FitBadge fit={fit} />
            <JobFit fit={fit} id={`fit-${card.id}`} />
            <details>
              <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">{t("score.show")}</summary>
              <ScoreBreakdown fit={fit} alias={card.alias} />
            </details>
          </>
        ) : null}
        <Button asChild variant="secondary" className="self-start">
          <Link href={href}>
            {t("seeCandidate")}
            <span className="sr-only"> {card.alias}</span>
          </Link>
        </Button>
      </div>
    </div>
  );
}

