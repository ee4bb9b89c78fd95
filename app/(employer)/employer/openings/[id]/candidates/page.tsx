import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guards";
import { rankCandidatesForOpeningForEmployer } from "@/lib/db/employer-candidates";
import { Pagination } from "@/components/ui/pagination";
import { CandidateResult } from "../../../candidates/candidate-result";
import { UnlockAdviceBox } from "./unlock-advice";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("candidates.browse"))("title") };
}

export default async function OpeningCandidatesPage({ params, searchParams }: Props) {
  const user = await requireRole("EMPLOYER");
  const [{ id }, query, t] = await Promise.all([params, searchParams, getTranslations("candidates")]);
  const otherParam = first(query.other);
  const result = await rankCandidatesForOpeningForEmployer(user, id, { page: pageSchema.parse(first(query.page) ?? 1), otherPage: pageSchema.parse(otherParam ?? 1) });
  if (!result) notFound();
  const base = `/employer/openings/${encodeURIComponent(id)}/candidates`;
  const others = result.eligible - result.relevant;
  const detailHref = (profileId: string) => `/employer/candidates/${encodeURIComponent(profileId)}?opening=${encodeURIComponent(id)}`;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{t("opening.title", { title: result.opening.title })}</h1>
      <Link href={`/employer/openings/${encodeURIComponent(id)}`} className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("opening.back")}
      </Link>
      <p>{t("opening.summary", { eligible: result.eligible, total: result.total })}</p>
      {result.opening.status !== "OPEN" ? <p className="font-semibold">{t("opening.notOpen")}</p> : null}
      <UnlockAdviceBox openingId={result.opening.id} advice={result.advice} />

      <section aria-labelledby="fitting" className="flex flex-col gap-4">
        <h2 id="fitting" className="text-xl font-bold">
          {t("opening.fitting")}
        </h2>
        {result.eligible === 0 ? <p>{t("opening.noneFit")}</p> : result.relevant === 0 ? <p>{t("opening.noneRelevant")}</p> : null}
        <ol className="flex flex-col gap-6">
          {result.items.map(({ card, fit }) => (
            <li key={card.id}>
              <CandidateResult card={card} fit={fit} href={detailHref(card.id)} />
            </li>
          ))}
        </ol>
        <Pagination current={result.page} pages={result.pages} href={(n) => (n > 1 ? `${base}?page=${n}` : base)} namespace="candidates.pagination" />
      </section>

      {others > 0 ? (
        <section aria-labelledby="others" className="flex flex-col gap-4">
          <h2 id="others" className="text-xl font-bold">
            {t("opening.others")}
          </h2>
          <p>{t("opening.othersIntro", { count: others })}</p>
          {/* Collapsed: they meet the hard rules, but the employer asked for something none of them has. */}
          <details open={otherParam !== undefined} className="rounded-lg border border-gray-300 p-3">
            <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t("opening.othersShow", { count: others })}</summary>
            <ol className="mt-4 flex flex-col gap-6">
              {result.others.items.map(({ card, fit }) => (
                <li key={card.id}>
                  <CandidateResult card={card} fit={fit} href={detailHref(card.id)} compact />
                </li>
              ))}
            </ol>
            <Pagination
              current={result.others.page}
              pages={result.others.pages}
              href={(n) => `${base}?${result.page > 1 ? `page=${result.page}&` : ""}other=${n}#others`}
              namespace="candidates.pagination"
            />
          </details>
        </section>
      ) : null}

      <section aria-labelledby="almost" className="flex flex-col gap-4">
        <h2 id="almost" className="text-xl font-bold">
          {t("opening.almost")}
        </h2>
        <p>{result.almost.length ? t("opening.almostIntro") : t("opening.almostNone")}</p>
        <ul className="flex flex-col gap-6">
          {result.almost.map(({ card, fit }) => (
            <li key={card.id}>
              <CandidateResult card={card} fit={fit} href={detailHref(card.id)} compact />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
