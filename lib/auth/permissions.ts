import type { Role } from "@/lib/db/types";

// Which role owns which area of the app. Guards and navigation read this one map.
export const roleHome = {
  CITIZEN: "/citizen",
  EMPLOYER: "/employer",
  CONSULTANT: "/consultant",
  ADMIN: "/consultant",
} as const satisfies Record<Role, string>;

export const areaRoles: Record<string, readonly Role[]> = {
  "/citizen": ["CITIZEN"],
  "/employer": ["EMPLOYER"],
  "/consultant": ["CONSULTANT", "ADMIN"],
};

export function areaOf(pathname: string): string | undefined {
  return Object.keys(areaRoles).find((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export function mayEnter(role: Role, pathname: string): boolean {
  const area = areaOf(pathname);
  if (!area) return true;
  return areaRoles[area]?.includes(role) ?? false;
}

export function homeFor(role: Role): string {
  return roleHome[role];
}
