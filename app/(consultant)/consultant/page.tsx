import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { listCitizensForConsultant } from "@/lib/db/citizens";
import { formatHours } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultant"))("title") };
}

export default async function ConsultantHomePage() {
  const user = await requireRole("CONSULTANT");
  const [caseload, t, locale] = await Promise.all([
    listCitizensForConsultant(user, "caseload"),
    getTranslations("consultant"),
    getLocale(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <Card aria-labelledby="caseload-title">
        <h2 id="caseload-title" className="mb-3 text-xl font-bold">
          {t("caseloadTitle", { count: caseload.length })}
        </h2>
        {caseload.length === 0 ? (
          <p>{t("emptyCaseload")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">{t("caseloadCaption")}</caption>
              <thead>
                <tr className="border-b border-gray-300">
                  <th scope="col" className="py-2 pr-4">{t("name")}</th>
                  <th scope="col" className="py-2 pr-4">{t("hours")}</th>
                  <th scope="col" className="py-2 pr-4">{t("status")}</th>
                  <th scope="col" className="py-2">{t("matches")}</th>
                </tr>
              </thead>
              <tbody>
                {caseload.map((citizen) => (
                  <tr key={citizen.id} className="border-b border-gray-200">
                    <th scope="row" className="py-2 pr-4 font-semibold">{citizen.user.name}</th>
                    <td className="py-2 pr-4">{formatHours(citizen.hoursMin, citizen.hoursMax, locale)}</td>
                    <td className="py-2 pr-4">{t(`statuses.${citizen.status}`)}</td>
                    <td className="py-2">{citizen._count.matches}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
