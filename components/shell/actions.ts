"use server";

import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/guards";
import { auth, signOut } from "@/lib/auth";
import { revokeSession, setUserLocale } from "@/lib/db/users";
import { SESSION_ABSOLUTE_SECONDS } from "@/lib/auth/auth.config";
import { localeCookie, locales } from "@/lib/i18n/config";
import { isHttpsRequest } from "@/lib/http/security-headers";

const localeSchema = z.object({ locale: z.enum(locales) });

/** Language switch: open to everyone; also remembered on the signed-in user. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(localeCookie, parsed.data.locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365, secure: isHttpsRequest(await headers()) });
  const user = await getCurrentUser();
  if (user) await setUserLocale(user.id, parsed.data.locale);
  revalidatePath("/", "layout");
}

export async function signOutAction(): Promise<void> {
  // The JWT cookie is deleted by signOut(); revoking on the server makes sure that a copy of it
  // (a request still in flight, another tab, a shared computer) no longer works either.
  const session = await auth();
  if (session?.sid) await revokeSession(session.sid, new Date(), SESSION_ABSOLUTE_SECONDS);
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
