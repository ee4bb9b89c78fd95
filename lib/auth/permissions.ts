import type { Role } from "@/lib/db/types";

// Which role owns which area of the app. Layouts enforce it with requireRole(); mayEnter() states
// the same rule as a pure function, and the unit tests keep the two in step.
export const roleHome = {
  CITIZEN: "/citizen",
  EMPLOYER: "/employer",
  CONSULTANT: "/consultant",
  // No administration area yet: administrators land on the public front page.
  ADMIN: "/",
} as const satisfies Record<Role, string>;

export const areaRoles: Record<string, readonly Role[]> = {
  "/citizen": ["CITIZEN"],
  "/employer": ["EMPLOYER"],
  "/consultant": ["CONSULTANT"],
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
