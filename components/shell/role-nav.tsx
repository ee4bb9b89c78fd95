import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { NONCE_HEADER } from "@/lib/http/security-headers";
import type { Role } from "@/lib/db/types";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";
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

/**
 * The links a phone shows without opening the menu: the 3 most used of each role. A link with
 * unread items ("Nyt til dig 2 ulæste") shows too, so the badge is never folded away.
 */
const alwaysShown: Record<Role, string[]> = {
  CITIZEN: ["citizenHome", "citizenProfile", "citizenJobs"],
  EMPLOYER: ["employerHome", "employerOpenings", "employerCandidates"],
  CONSULTANT: ["consultantHome", "consultantQueue", "consultantPipeline"],
  ADMIN: [],
};

/** What the menu button opens: the list (its folded links) and the account lines under it. */
export const MENU_PANEL_IDS = ["site-menu-links", "site-menu-account"] as const;

// Folded on a phone until the menu opens (the MenuRoot's data attribute); always shown from md up.
const folded = "menu-folded hidden group-data-[menu-open]/menu:block md:block";

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
  const [t, unread, nonce] = await Promise.all([getTranslations("shell"), unreadCounts(role, userId, municipalityId), headers().then((h) => h.get(NONCE_HEADER) ?? undefined)]);
  return (
    <nav aria-label={t("mainNav")} className="border-t border-gray-200 bg-white">
      {/* Without JavaScript the menu button cannot open: show every link instead. */}
      <noscript>
        <style nonce={nonce}>{".menu-folded{display:block}"}</style>
      </noscript>
      <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-1 md:py-2">
        <ul id={MENU_PANEL_IDS[0]} className="flex flex-wrap gap-x-4">
          {links[role].map((link) => {
            const count = unread[link.key] ?? 0;
            return (
              <li key={link.href} className={alwaysShown[role].includes(link.key) || count > 0 ? undefined : folded}>
                <NavLink href={link.href} className="inline-flex min-h-11 items-center border-b-4 border-transparent font-semibold aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-900 aria-[current=page]:no-underline">
                  {t(`nav.${link.key}`)}
                  {count > 0 ? (
                    <span className="ml-1 rounded-full bg-brand-700 px-2 text-sm text-white">
                      {count >= BADGE_CAP ? `${BADGE_CAP - 1}+` : count}
                      <span className="sr-only"> {t("unread")}</span>
                    </span>
                  ) : null}
                </NavLink>
              </li>
            );
          })}
        </ul>
        <div id={MENU_PANEL_IDS[1]} className={`${folded} pb-2 md:pb-0`}>
          <p className="text-sm text-gray-700">{t("signedInAs", { name: userName, role: t(`roles.${role}`) })}</p>
          <div className="mt-2 md:hidden">
            <LanguageSwitch />
          </div>
        </div>
      </div>
    </nav>
  );
}
