import { cookies } from "next/headers";
import { findSessionUser } from "@/lib/db/users";
import { localeCookie } from "@/lib/i18n/config";
import { logger } from "@/lib/runtime/logger";

/** Sets the language cookie from the user's saved preference (called when they sign in). */
export async function restoreLocale(userId: string): Promise<void> {
  try {
    const user = await findSessionUser(userId);
    if (user) (await cookies()).set(localeCookie, user.locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  } catch (error) {
    // Outside a request that may set cookies the preference simply stays as it is.
    logger.warn({ err: error, userId }, "could not restore locale");
  }
}
