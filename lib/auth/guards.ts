import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { findSessionUser, type SessionUser } from "@/lib/db/users";
import type { Role } from "@/lib/db/types";
import { auth } from "./index";
import { PATH_HEADER, safeCallbackUrl } from "./callback-url";

/**
 * The signed-in user, re-read from the database once per request, so a deleted or re-roled
 * account loses access at once even though its JWT is still valid.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  const user = await findSessionUser(session.user.id);
  if (!user || user.role !== session.user.role) return null;
  return user;
});

/** For every page, layout and action that needs a signed-in user. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(await signInUrl());
  return user;
}

/** Sign-in, with the way back to the page asked for when proxy.ts passed it on. */
async function signInUrl(): Promise<string> {
  const back = safeCallbackUrl((await headers()).get(PATH_HEADER));
  return back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/sign-in";
}

/** For every page, layout and action of a role's area. Other roles get the 403 "no access" page. */
export async function requireRole<R extends Role>(...roles: R[]): Promise<SessionUser & { role: R }> {
  const user = await requireUser();
  if (!(roles as Role[]).includes(user.role)) forbidden();
  return user as SessionUser & { role: R };
}
