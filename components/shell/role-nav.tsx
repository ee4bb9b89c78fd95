import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/db/types";

// Navigation per role. Later issues add entries here as their pages land.
const links: Record<Role, { href: string; key: string }[]> = {
  CITIZEN: [{ href: "/citizen", key: "citizenHome" }],
  EMPLOYER: [{ href: "/employer", key: "employerHome" }],
  CONSULTANT: [{ href: "/consultant", key: "consultantHome" }],
  ADMIN: [],
};

export async function RoleNav({ role, userName }: { role: Role; userName: string }) {
  const t = await getTranslations("shell");
  return (
    <nav aria-label={t("mainNav")} className="border-t border-gray-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <ul className="flex flex-wrap gap-4">
          {links[role].map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="inline-flex min-h-11 items-center font-semibold">
                {t(`nav.${link.key}`)}
              </Link>
            </li>
          ))}
        </ul>
        <p className="text-sm text-gray-700">
          {t("signedInAs", { name: userName, role: t(`roles.${role}`) })}
        </p>
      </div>
    </nav>
  );
}
