import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { getOwnCompany } from "@/lib/db/employers";
import { CompanyForm } from "./company-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employerCompany"))("title") };
}

export default async function CompanyPage() {
  const user = await requireRole("EMPLOYER");
  const [company, t] = await Promise.all([getOwnCompany(user, new Date()), getTranslations("employerCompany")]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {!company ? (
        <p>{t("noCompany")}</p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <Card aria-labelledby="company-consultant">
            <h2 id="company-consultant" className="mb-3 text-xl font-bold">
              {t("consultantTitle")}
            </h2>
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              {company.consultant ? (
                <>
                  <dt className="font-semibold">{t("consultantName")}</dt>
                  <dd>{company.consultant.name}</dd>
                  <dt className="font-semibold">{t("consultantEmail")}</dt>
                  <dd className="break-words">
                    <a href={`mailto:${company.consultant.email}`} className="inline-flex min-h-11 items-center">
                      {company.consultant.email}
                    </a>
                  </dd>
                </>
              ) : null}
              <dt className="font-semibold">{t("municipality")}</dt>
              <dd>{company.municipality.name}</dd>
            </dl>
            {company.consultant ? null : <p className="mt-3">{t("consultantNone")}</p>}
          </Card>
          <Card aria-labelledby="company-profile">
            <h2 id="company-profile" className="mb-4 text-xl font-bold">
              {t("profileTitle")}
            </h2>
            <CompanyForm company={company} />
          </Card>
          <Card aria-labelledby="company-team">
            <h2 id="company-team" className="mb-2 text-xl font-bold">
              {t("teamLinkTitle")}
            </h2>
            <p className="mb-4">{t("teamLinkText")}</p>
            <Button asChild variant="secondary">
              <Link href="/employer/company/team">{t("teamLink")}</Link>
            </Button>
          </Card>
        </>
      )}
    </div>
  );
}
