import Link from "next/link";

const link = "inline-flex min-h-11 items-center rounded-md border border-gray-500 bg-white px-4 font-semibold no-underline";

/**
 * Previous / next page links for lists that read one row more than a page instead of counting
 * everything (so there is no "of 5"). Renders nothing when there is only one page.
 */
export function PageLinks({ current, hasNext, href, labels }: { current: number; hasNext: boolean; href: (page: number) => string; labels: { label: string; previous: string; next: string; page: string } }) {
  if (current <= 1 && !hasNext) return null;
  return (
    <nav aria-label={labels.label} className="flex flex-wrap items-center gap-3">
      {current > 1 ? (
        <Link href={href(current - 1)} className={link}>
          {labels.previous}
        </Link>
      ) : null}
      <p>{labels.page}</p>
      {hasNext ? (
        <Link href={href(current + 1)} className={link}>
          {labels.next}
        </Link>
      ) : null}
    </nav>
  );
}

/** The page number from `?page=`; anything else is page 1. Capped, so a forged page cannot ask for a huge offset. */
export function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 500) : 1;
}
