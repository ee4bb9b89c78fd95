import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Previous / next page links with "Side 2 af 5" between them; the URL of each page comes from the
 * caller. `namespace` holds the texts label, previous, next and page.
 */
export async function Pagination({ current, pages, href, namespace }: { current: number; pages: number; href: (page: number) => string; namespace: "jobs.pagination" | "candidates.pagination" | "caseload.pagination" | "consultantQueue.pagination" | "pipeline.pagination" | "consultantCompanies.pagination" | "consultantTools.pagination" | "consultantInvitations.pagination" }) {
  const t = await getTranslations(namespace);
  if (pages <= 1) return null;
  const link = "inline-flex min-h-11 items-center rounded-md border border-gray-500 bg-white px-4 font-semibold no-underline";
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-3">
      {current > 1 ? (
        <Link href={href(current - 1)} className={link}>
          {t("previous")}
        </Link>
      ) : null}
      <p>{t("page", { page: current, pages })}</p>
      {current < pages ? (
        <Link href={href(current + 1)} className={link}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
