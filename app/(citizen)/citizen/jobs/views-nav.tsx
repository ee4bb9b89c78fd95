import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/ui/cn";

/** The two ways to look at jobs. The current one is marked with aria-current and an underline. */
export async function JobViewsNav({ current }: { current: "forMe" | "all" }) {
  const t = await getTranslations("jobs.views");
  const views = [
    { key: "forMe", href: "/citizen/jobs" },
    { key: "all", href: "/citizen/jobs/all" },
  ] as const;
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-2">
        {views.map((v) => (
          <li key={v.key}>
            <Link
              href={v.href}
              aria-current={v.key === current ? "page" : undefined}
              className={cn(
                "inline-flex min-h-11 items-center rounded-md border px-4 font-semibold",
                v.key === current ? "border-brand-700 bg-brand-50 underline decoration-2 underline-offset-4" : "border-gray-500 bg-white no-underline",
              )}
            >
              {t(v.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
