import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { listOwnOpenings } from "@/lib/db/openings";
import { hoursArgs } from "@/lib/i18n/format";
import { OPENING_STATUSES } from "@/lib/validation/opening";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openings.list"))("title") };
}

/** Open ones first: they are what citizens see now; drafts next, as the work in progress. */
const ORDER = ["OPEN", "DRAFT", "FILLED", "CLOSED"] as const satisfies readonly (typeof OPENING_STATUSES)[number][];

export default async function OpeningsPage() {
  const user = await requireRole("EMPLOYER");
  const [openings, t, locale] = await Promise.all([listOwnOpenings(user), getTranslations("openings"), getLocale()]);
  const companies = new Set(openings.map((o) => o.employer.name));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("list.title")}</h1>
      <p>{t("list.intro")}</p>
      <Button asChild className="self-start">
        <Link href="/employer/openings/new">{t("list.create")}</Link>
      </Button>
      {openings.length === 0 ? <p>{t("list.empty")}</p> : null}
      {ORDER.map((status) => {
        const group = openings.filter((o) => o.status === status);
        if (group.length === 0) return null;
        const headingId = `openings-${status}`;
        return (
          <Card key={status} aria-labelledby={headingId}>
            <h2 id={headingId} className="mb-3 text-xl font-bold">
              {t(`list.groups.${status}`)} ({group.length})
            </h2>
            <ul className="flex flex-col divide-y divide-gray-200">
              {group.map((opening) => (
                <li key={opening.id} className="flex flex-col gap-1 py-3">
                  <Link href={`/employer/openings/${opening.id}`} className="inline-flex min-h-11 items-center font-semibold break-words">
                    {opening.title}
                  </Link>
                  <span className="text-sm">{t("list.statusLabel", { status: t(`status.${opening.status}`) })}</span>
                  <span className="text-sm text-gray-700">
                    {t("list.meta", {
                      ...hoursArgs(opening.hoursMin, opening.hoursMax, locale),
                      positions: opening.positions,
                      matches: opening._count.matches,
                    })}
                  </span>
                  {companies.size > 1 ? <span className="text-sm text-gray-700">{t("list.company", { name: opening.employer.name })}</span> : null}
                </li>
              ))}
            </ul>
          </Card>
        );
      })}
    </div>
  );
}
