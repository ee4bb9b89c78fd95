import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { listOwnEmployers, listOwnOpenings } from "@/lib/db/openings";
import { hoursArgs } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employer"))("title") };
}

export default async function EmployerHomePage() {
  const user = await requireRole("EMPLOYER");
  const [companies, openings, t, to, locale] = await Promise.all([
    listOwnEmployers(user),
    listOwnOpenings(user),
    getTranslations("employer"),
    getTranslations("openings.home"),
    getLocale(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("companies", { names: companies.map((c) => c.name).join(", ") || t("noCompany") })}</p>
      <Card aria-labelledby="openings-title">
        <h2 id="openings-title" className="mb-3 text-xl font-bold">
          {t("openingsTitle", { count: openings.length })}
        </h2>
        {openings.length === 0 ? (
          <p>{t("noOpenings")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-gray-200">
            {openings.map((opening) => (
              <li key={opening.id} className="flex flex-col gap-1 py-3">
                <Link href={`/employer/openings/${opening.id}`} className="inline-flex min-h-11 items-center font-semibold break-words">
                  {opening.title}
                </Link>
                <span className="text-sm text-gray-700">
                  {t("openingMeta", {
                    status: t(`status.${opening.status}`),
                    ...hoursArgs(opening.hoursMin, opening.hoursMax, locale),
                    positions: opening.positions,
                    matches: opening._count.matches,
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-3">
          <Button asChild>
            <Link href="/employer/openings/new">{to("create")}</Link>
          </Button>
          {openings.length > 0 ? (
            <Link href="/employer/openings" className="inline-flex min-h-11 items-center font-semibold">
              {to("seeAll")}
            </Link>
          ) : null}
        </div>
      </Card>
    </div>
  );
}
