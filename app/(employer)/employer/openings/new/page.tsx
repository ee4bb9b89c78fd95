import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/form-fields";
import { requireRole } from "@/lib/auth/guards";
import { newRecordId } from "@/lib/auth/tokens";
import { listOwnEmployers } from "@/lib/db/openings";
import { OpeningFields } from "../opening-fields";
import { NewOpeningForm } from "./new-opening-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openings.new"))("title") };
}

export default async function NewOpeningPage() {
  const user = await requireRole("EMPLOYER");
  const [companies, t, tf] = await Promise.all([listOwnEmployers(user), getTranslations("openings.new"), getTranslations("openings.form")]);
  const company = companies[0];
  const draftKey = `opening-new:${user.id}`;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/employer/openings" className="inline-flex min-h-11 items-center self-start">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {company ? (
        <>
          <p>{t("intro")}</p>
          <NewOpeningForm initialId={newRecordId(user.id)} draftKey={draftKey}>
            <OpeningFields
              draftKey={draftKey}
              companies={companies.map((c) => ({ id: c.id, name: c.name }))}
              defaults={{
                employerId: company.id,
                title: "",
                description: "",
                tasks: [],
                requiredSkills: [],
                preferredSkills: [],
                occupation: "",
                industry: company.industry,
                hoursMin: "",
                hoursMax: "",
                schedule: [],
                accommodations: [],
                postalCode: company.postalCode,
                remotePossible: false,
                positions: "1",
              }}
            />
            <SubmitButton pendingLabel={tf("saving")}>{t("save")}</SubmitButton>
          </NewOpeningForm>
        </>
      ) : (
        <p>{t("noCompany")}</p>
      )}
    </div>
  );
}
