import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/db/types";
import { countUnreadNotifications, UNREAD_CAP } from "@/lib/db/notifications";
import { countUnreadDialogForCitizen, countUnreadDialogsForConsultant, UNREAD_DIALOGS_CAP } from "@/lib/db/dialog-unread";

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
    { href: "/citizen/dialog", key: "citizenDialog" },
    { href: "/citizen/my-data", key: "citizenMyData" },
    { href: "/citizen/settings/email", key: "citizenEmail" },
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
    { href: "/employer/settings/email", key: "employerEmail" },
  ],
  CONSULTANT: [
    { href: "/consultant", key: "consultantHome" },
    { href: "/consultant?unread=1", key: "consultantDialogs" },
    { href: "/consultant/queue", key: "consultantQueue" },
    { href: "/consultant/pipeline", key: "consultantPipeline" },
    { href: "/consultant/invitations", key: "consultantInvitations" },
    { href: "/consultant/companies", key: "consultantCompanies" },
    { href: "/consultant/events", key: "consultantEvents" },
    { href: "/consultant/articles", key: "consultantArticles" },
    { href: "/consultant/results", key: "consultantResults" },
    { href: "/consultant/notifications", key: "consultantNotifications" },
    { href: "/consultant/settings/email", key: "consultantEmail" },
  ],
  ADMIN: [],
};

/** The unread count each badged menu item shows: notifications for every role, and the dialog on both sides. */
async function unreadCounts(role: Role, userId: string, municipalityId: string | null): Promise<Record<string, number>> {
  const actor = { id: userId, role, municipalityId };
  if (role === "CITIZEN") {
    const [notifications, dialog] = await Promise.all([countUnreadNotifications(actor), countUnreadDialogForCitizen(actor)]);
    return { citizenNotifications: notifications, citizenDialog: dialog };
  }
  if (role === "CONSULTANT") {
    const [notifications, dialogs] = await Promise.all([countUnreadNotifications(actor), countUnreadDialogsForConsultant(actor)]);
    return { consultantNotifications: notifications, consultantDialogs: dialogs };
  }
  if (role === "EMPLOYER") return { employerNotifications: await countUnreadNotifications(actor) };
  return {};
}

/** Counts stop at a cap (no counting of a whole backlog per page): at the cap the badge says "99+". */
const BADGE_CAP = Math.min(UNREAD_CAP, UNREAD_DIALOGS_CAP);

export async function RoleNav({ role, userId, userName, municipalityId = null }: { role: Role; userId: string; userName: string; municipalityId?: string | null }) {
  const [t, unread] = await Promise.all([getTranslations("shell"), unreadCounts(role, userId, municipalityId)]);
  return (
    <nav aria-label={t("mainNav")} className="border-t border-gray-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-2">
        <ul className="flex flex-wrap gap-x-4">
          {links[role].map((link) => {
            const count = unread[link.key] ?? 0;
            return (
              <li key={link.href}>
                <Link href={link.href} className="inline-flex min-h-11 items-center font-semibold">
                  {t(`nav.${link.key}`)}
                  {count > 0 ? (
                    <span className="ml-1 rounded-full bg-brand-700 px-2 text-sm text-white">
                      {count >= BADGE_CAP ? `${BADGE_CAP - 1}+` : count}
                      <span className="sr-only"> {t("unread")}</span>
                    </span>
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ul>
        <p className="text-sm text-gray-700">{t("signedInAs", { name: userName, role: t(`roles.${role}`) })}</p>
      </div>
    </nav>
  );
}
