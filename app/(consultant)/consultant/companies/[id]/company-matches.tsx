import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { MatchStatus } from "@/lib/db/types";
import { formatDate } from "@/lib/i18n/format";

type Match = { id: string; status: MatchStatus; updatedAt: Date; openingTitle: string; citizenName: string };

/** The company's matches; each links to its page in the queue, where the thread with the company is. */
export async function CompanyMatches({ matches }: { matches: Match[] }) {
  const [t, locale] = await Promise.all([getTranslations("consultantCompanies"), getLocale()]);
  return (
    <Card aria-labelledby="company-matches-title">
      <h2 id="company-matches-title" className="mb-3 text-xl font-bold">
        {t("detail.matches")}
      </h2>
      <p className="mb-3">{t("detail.matchesIntro")}</p>
      {matches.length === 0 ? (
        <p>{t("detail.noMatches")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {matches.map((m) => (
            <li key={m.id} className="border-b border-gray-200 pb-3 last:border-0 last:pb-0">
              <h3 className="font-bold break-words">{t("detail.matchTitle", { name: m.citizenName, job: m.openingTitle })}</h3>
              <p>
                {t("detail.status")}: <span className="font-semibold">{t(`matchStatuses.${m.status}`)}</span>
              </p>
              <p className="text-sm text-gray-700">{t("detail.updated", { date: formatDate(m.updatedAt, locale) })}</p>
              <Link
                href={`/consultant/queue/${m.id}`}
                aria-label={t("detail.openThreadFor", { name: m.citizenName, job: m.openingTitle })}
                className="inline-flex min-h-11 items-center font-semibold"
              >
                {t("detail.openThread")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
