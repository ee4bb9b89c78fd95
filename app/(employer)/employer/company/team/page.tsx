import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { getOwnCompany } from "@/lib/db/employers";
import { InvitationItem } from "./invitation-item";
import { InviteForm } from "./invite-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employerCompany.team"))("title") };
}

export default async function TeamPage() {
  const user = await requireRole("EMPLOYER");
  const [company, t, tc, locale] = await Promise.all([
    getOwnCompany(user, new Date()),
    getTranslations("employerCompany.team"),
    getTranslations("employerCompany"),
    getLocale(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {!company ? (
        <p>{tc("noCompany")}</p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <Card aria-labelledby="team-members">
            <h2 id="team-members" className="mb-3 text-xl font-bold">
              {t("membersTitle", { count: company.members.length })}
            </h2>
            <ul className="flex flex-col divide-y divide-gray-200">
              {company.members.map(({ user: member }) => (
                <li key={member.id} className="flex flex-col py-3">
                  <span className="font-semibold">
                    {member.name} {member.id === user.id ? t("you") : null}
                  </span>
                  <span className="break-words">{member.email}</span>
                </li>
              ))}
            </ul>
          </Card>
          <Card aria-labelledby="team-pending">
            <h2 id="team-pending" className="mb-1 text-xl font-bold">
              {t("pendingTitle", { count: company.invitations.length })}
            </h2>
            {company.invitations.length === 0 ? (
              <p className="mt-2">{t("noPending")}</p>
            ) : (
              <ul className="flex flex-col divide-y divide-gray-200">
                {company.invitations.map((invitation) => (
                  <InvitationItem key={invitation.id} invitation={invitation} locale={locale} />
                ))}
              </ul>
            )}
          </Card>
          <Card aria-labelledby="team-invite">
            <h2 id="team-invite" className="mb-3 text-xl font-bold">
              {t("inviteTitle")}
            </h2>
            <InviteForm employerId={company.id} />
          </Card>
          <p>
            <Link href="/employer/company" className="inline-flex min-h-11 items-center">
              {t("backToCompany")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
