import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { CandidateCardView } from "@/components/candidate-card-view";
import { FitBadge, JobFit } from "@/components/job-fit";
import { ScoreBreakdown } from "@/components/score-breakdown";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { getCandidateForEmployer, listOpenOpeningsForEmployer } from "@/lib/db/employer-candidates";
import { withArea } from "../candidate-result";
import { ContactForm } from "./contact-form";

type Props = { params: Promise<{ profileId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const idSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
/** The company's reference to the candidate (lib/privacy/pseudonyms.ts): longer than an id. */
const refSchema = z.string().trim().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/);
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("candidates.browse"))("title") };
}

/** One candidate's card for an employer. Opening it is audited ("candidate.view"). */
export default async function CandidateDetailPage({ params, searchParams }: Props) {
  const user = await requireRole("EMPLOYER");
  const [{ profileId }, query, t] = await Promise.all([params, searchParams, getTranslations("candidates.detail")]);
  const profile = refSchema.safeParse(profileId);
  if (!profile.success) notFound();
  const opening = idSchema.safeParse(first(query.opening));
  const [detail, openings] = await Promise.all([
    getCandidateForEmployer(user, profile.data, opening.success ? opening.data : undefined),
    listOpenOpeningsForEmployer(user),
  ]);
  if (!detail) notFound();
  const { card, fit } = detail;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{card.alias}</h1>
      {detail.opening ? (
        <Link href={`/employer/openings/${encodeURIComponent(detail.opening.id)}/candidates`} className="inline-flex min-h-11 items-center self-start font-semibold">
          {t("backToOpening", { title: detail.opening.title })}
        </Link>
      ) : (
        <Link href="/employer/candidates" className="inline-flex min-h-11 items-center self-start font-semibold">
          {t("back")}
        </Link>
      )}
      <CandidateCardView card={await withArea(card)} headingLevel={2} />
      {detail.opening && fit ? (
        <Card aria-labelledby="fit-title" className="flex flex-col gap-3">
          <h2 id="fit-title" className="text-xl font-bold break-words">
            {t("fitTitle", { title: detail.opening.title })}
          </h2>
          <FitBadge fit={fit} />
          <JobFit fit={fit} id="candidate-fit" variant="full" />
          <ScoreBreakdown fit={fit} alias={card.alias} />
        </Card>
      ) : null}
      <ContactForm citizenId={card.id} openings={openings} openingId={detail.opening?.id} />
    </div>
  );
}
