import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { Card } from "@/components/ui/card";
import { OfferedAccommodations } from "@/components/offered-accommodations";
import { requireRole } from "@/lib/auth/guards";
import { getOwnOpeningForEditing } from "@/lib/db/openings";
import { hoursArgs } from "@/lib/i18n/format";
import { scheduleSummary } from "@/lib/matching";
import { StatusCard } from "./status-card";

type Props = { params: Promise<{ id: string }> };

// Metadata and page read the same opening; cache() makes that one query per request.
const loadOpening = cache(async (id: string) => {
  const user = await requireRole("EMPLOYER");
  return getOwnOpeningForEditing(user, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const opening = await loadOpening((await params).id);
  return { title: opening?.title ?? (await getTranslations("openings.list"))("title") };
}

export default async function OpeningPage({ params }: Props) {
  await requireRole("EMPLOYER");
  const opening = await loadOpening((await params).id);
  if (!opening) notFound();
  const [t, locale] = await Promise.all([getTranslations("openings"), getLocale()]);
  const lang = locale === "en" ? "en" : "da";
  const tags = (list: string[]) => (list.length ? list.join(", ") : t("detail.none"));

  return (
    <article className="flex flex-col gap-6">
      <Link href="/employer/openings" className="inline-flex min-h-11 items-center self-start">
        {t("detail.back")}
      </Link>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{opening.title}</h1>
        <p className="text-lg">{t("detail.status", { status: t(`status.${opening.status}`) })}</p>
      </div>

      <StatusCard opening={opening} />

      <Card aria-labelledby="opening-about" className="flex flex-col gap-3">
        <h2 id="opening-about" className="text-xl font-bold">
          {t("detail.about")}
        </h2>
        <p className="break-words whitespace-pre-line">{opening.description || t("detail.noDescription")}</p>
        <h3 className="text-lg font-bold">{t("detail.tasks")}</h3>
        {opening.tasks.length ? (
          <ul className="list-disc pl-5">
            {opening.tasks.map((task, i) => (
              <li key={i} className="break-words">
                {task}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("detail.noTasks")}</p>
        )}
        <h3 className="text-lg font-bold">{t("detail.skills")}</h3>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("detail.requiredSkills")}</dt>
          <dd className="break-words">{tags(opening.requiredSkills)}</dd>
          <dt className="font-semibold">{t("detail.preferredSkills")}</dt>
          <dd className="break-words">{tags(opening.preferredSkills)}</dd>
        </dl>
      </Card>

      <Card aria-labelledby="opening-practical">
        <h2 id="opening-practical" className="mb-3 text-xl font-bold">
          {t("detail.practical")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("detail.company")}</dt>
          <dd className="break-words">{opening.employer.name}</dd>
          <dt className="font-semibold">{t("detail.occupation")}</dt>
          <dd className="break-words">{opening.occupation ?? t("detail.notGiven")}</dd>
          <dt className="font-semibold">{t("detail.industry")}</dt>
          <dd className="break-words">{opening.industry ?? t("detail.notGiven")}</dd>
          <dt className="font-semibold">{t("detail.hours")}</dt>
          <dd>{t("detail.hoursValue", { ...hoursArgs(opening.hoursMin, opening.hoursMax, locale) })}</dd>
          <dt className="font-semibold">{t("detail.schedule")}</dt>
          <dd>{scheduleSummary(opening.schedule, lang) || t("detail.anyTime")}</dd>
          <dt className="font-semibold">{t("detail.place")}</dt>
          <dd>{opening.postalCode}</dd>
          <dt className="font-semibold">{t("detail.remote")}</dt>
          <dd>{opening.remotePossible ? t("detail.remoteYes") : t("detail.remoteNo")}</dd>
          <dt className="font-semibold">{t("detail.positions")}</dt>
          <dd>{opening.positions}</dd>
        </dl>
      </Card>

      <OfferedAccommodations id="opening-offers" title={t("detail.offers")} empty={t("detail.noOffers")} codes={opening.accommodations} />
    </article>
  );
}
