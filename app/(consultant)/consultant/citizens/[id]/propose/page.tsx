import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/guards";
import { getCitizenForProposal, listJobsToPropose } from "@/lib/db/job-proposals";
import { chooserQuerySchema } from "@/lib/validation/consultant-tools";
import { proposeJobAction } from "./actions";
import { ChooserItem } from "./chooser-item";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantTools.propose"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const control = "min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base";

/**
 * "Foreslå et job": open jobs within her commute, ranked by the engine for her, searchable and
 * paged; each with one button that asks her whether she is interested. Reading her profile for
 * the ranking is audited (citizen.view).
 */
export default async function ProposeJobPage({ params, searchParams }: Props) {
  const user = await requireRole("CONSULTANT");
  const { id } = await params;
  const raw = await searchParams;
  const { q, page } = chooserQuerySchema.parse({ q: typeof raw.q === "string" ? raw.q : "", page: typeof raw.page === "string" ? raw.page : "1" });
  const [citizen, t] = await Promise.all([getCitizenForProposal(user, id), getTranslations("consultantTools.propose")]);
  if (!citizen) notFound();
  const result = await listJobsToPropose(citizen.candidate, { q, page });
  const base = `/consultant/citizens/${encodeURIComponent(id)}`;
  const href = (n: number) => `${base}/propose?${new URLSearchParams({ ...(q ? { q } : {}), ...(n > 1 ? { page: String(n) } : {}) })}`;
  return (
    <div className="flex flex-col gap-6">
      <Link href={base} className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("back", { name: citizen.name })}
      </Link>
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{t("heading", { name: citizen.name })}</h1>
      <p>{t("intro")}</p>
      <form method="get" action={`${base}/propose`} role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex grow flex-col gap-1">
          <label htmlFor="propose-q" className="font-semibold">
            {t("search")}
          </label>
          <input id="propose-q" type="search" name="q" defaultValue={q} maxLength={100} className={control} />
        </div>
        <Button type="submit">{t("searchSubmit")}</Button>
      </form>
      <p aria-live="polite">{t("count", { count: result.total })}</p>
      <ActionForm action={proposeJobAction} className="gap-4">
        <input type="hidden" name="profileId" value={id} />
        {result.items.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ol className="flex flex-col gap-4">
            {result.items.map((job) => (
              <li key={job.id}>
                <ChooserItem job={job} />
              </li>
            ))}
          </ol>
        )}
      </ActionForm>
      <Pagination current={result.page} pages={result.pages} href={href} namespace="consultantTools.pagination" />
    </div>
  );
}
