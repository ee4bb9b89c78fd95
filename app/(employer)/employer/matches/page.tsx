import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { listOwnCompanyMatches } from "@/lib/db/employer-matches";
import { MatchItem } from "./match-item";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employerMatches"))("title") };
}

export default async function EmployerMatchesPage() {
  const user = await requireRole("EMPLOYER");
  const [matches, t] = await Promise.all([listOwnCompanyMatches(user), getTranslations("employerMatches")]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      {matches.length === 0 ? (
        <>
          <p>{t("empty")}</p>
          <Link href="/employer/candidates" className="inline-flex min-h-11 items-center self-start font-semibold">
            {t("candidatesLink")}
          </Link>
        </>
      ) : (
        <ul className="flex flex-col gap-4">
          {matches.map((m) => (
            <li key={m.id}>
              <MatchItem match={m} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
