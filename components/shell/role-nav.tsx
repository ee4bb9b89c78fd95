import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/db/types";
import { countUnreadNotifications, UNREAD_CAP } from "@/lib/db/notifications";

// Navigation per role. Each area's pages are listed here once.
const links: Record<Role, { href: string; key: string }[]> = {
  CITIZEN: [
    { href: "/citizen", key: "citizenHome" },
    { href: "/citizen/profile", key: "citizenProfile" },
    { href: "/citizen/jobs", key: "citizenJobs" },
    { href: "/citizen/matches", key: "citizenMatches" },
    { href: "/citizen/events", key: "citizenEvents" },
    { href: "/citizen/articles", key: "citizenArticles" },
    { href: "/citizen/notifications", key: "citizenNotifications" },
    { href: "/citizen/my-data", key: "citizenMyData" },
  ],
  EMPLOYER: [
    { href: "/employer", key: "employerHome" },
    { href: "/employer/openings", key: "employerOpenings" },
    { href: "/employer/candidates", key: "employerCandidates" },
    { href: "/employer/matches", key: "employerMatches" },
    { href: "/employer/company", key: "employerCompany" },
    { href: "/employer/events", key: "employerEvents" },
    { href: "/employer/articles", key: "employerArticles" },
    { href: "/employer/notifications", key: "employerNotifications" },
  ],
  CONSULTANT: [
    { href: "/consultant", key: "consultantHome" },
    { href: "/consultant/queue", key: "consultantQueue" },
    { href: "/consultant/pipeline", key: "consultantPipeline" },
    { href: "/consultant/invitations", key: "consultantInvitations" },
    { href: "/consultant/companies", key: "consultantCompanies" },
    { href: "/consultant/events", key: "consultantEvents" },
    { href: "/consultant/articles", key: "consultantArticles" },
    { href: "/consultant/results", key: "consultantResults" },
    { href: "/consultant/notifications", key: "consultantNotifications" },
  ],
  ADMIN: [],
};

export async function RoleNav({ role, userId, userName }: { role: Role; userId: string; userName: string }) {
  const [t, unread] = await Promise.all([getTranslations("shell"), countUnreadNotifications({ id: userId, role })]);
  return (
    <nav aria-label={t("mainNav")} className="border-t border-gray-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-2">
        <ul className="flex flex-wrap gap-x-4">
          {links[role].map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="inline-flex min-h-11 items-center font-semibold">
                {t(`nav.${link.key}`)}
                {link.href.endsWith("/notifications") && unread > 0 ? (
                  <span className="ml-1 rounded-full bg-brand-700 px-2 text-sm text-white">
                    {unread >= UNREAD_CAP ? "99+" : unread}
                    <span className="sr-only"> {t("unread")}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
        <p className="text-sm text-gray-700">{t("signedInAs", { name: userName, role: t(`roles.${role}`) })}</p>
      </div>
    </nav>
  );
}
