import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CandidateCardView } from "@/components/candidate-card-view";
import { FitBadge, JobFit } from "@/components/job-fit";
import { Button } from "@/components/ui/button";
import type { EmployerCard } from "@/lib/db/employer-candidate-pool";
import type { EmployerFit } from "@/lib/privacy/employer-fit";

/** The way to the candidate's page; the alias is there for screen readers, so every link differs. */
function SeeCandidate({ href, alias, label }: { href: string; alias: string; label: string }) {
  return (
    <Button asChild variant="secondary" className="self-start">
      <Link href={href}>
        {label}
        <span className="sr-only"> {alias}</span>
      </Link>
    </Button>
  );
}

/** The card with the area in words: a municipality, a region, or the whole country. */
export async function withArea(card: EmployerCard): Promise<EmployerCard> {
  const t = await getTranslations("candidates");
  return card.area ? card : { ...card, area: t("country") };
}

/**
 * One candidate in a list: the anonymized card, how well they fit (score, and reasons or
 * blockers) and the way to the detail page, which has the points table behind the score. Lists
 * leave the table out: thirty tables made a page of half a megabyte. `compact` (the "almost"
 * list) shows only the alias, the area and what stands in the way.
 */
export async function CandidateResult({ card, fit, href, compact = false }: { card: EmployerCard; fit: EmployerFit | null; href: string; compact?: boolean }) {
  const t = await getTranslations("candidates");
  if (compact) {
    const [shown, tc] = await Promise.all([withArea(card), getTranslations("candidateCard")]);
    return (
      <section aria-labelledby={`almost-${card.id}`} className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-5">
        <h3 id={`almost-${card.id}`} className="text-lg font-bold break-words">
          {card.alias}
        </h3>
        <p>{tc("area", { area: shown.area })}</p>
        {fit ? <JobFit fit={fit} id={`fit-${card.id}`} /> : null}
        <SeeCandidate href={href} alias={card.alias} label={t("seeCandidate")} />
      </section>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <CandidateCardView card={await withArea(card)} headingLevel={3} />
      <div className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-5">
        {fit ? (
          <>
            <FitBadge fit={fit} />
            <JobFit fit={fit} id={`fit-${card.id}`} />
          </>
        ) : null}
        <SeeCandidate href={href} alias={card.alias} label={t("seeCandidate")} />
      </div>
    </div>
  );
}

