"use server";

import { headers } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth";
import type { ActionResult } from "@/lib/actions/result";
import { logger } from "@/lib/runtime/logger";
import { signInSchema } from "@/lib/validation/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { clientIpFrom } from "@/lib/http/client-ip";
import { signInRetryAfterSeconds } from "@/lib/auth/rate-limit";

export async function signInAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("signIn.errors");
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      fieldErrors[field] ??= t(issue.message);
    }
    return { ok: false, fieldErrors, values: { email } };
  }
  try {
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: safeCallbackUrl(formData.get("callbackUrl")) ?? "/start",
    });
    return { ok: true };
  } catch (error) {
    // signIn() redirects by throwing; anything that is not an AuthError must propagate.
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof CredentialsSignin) {
      if (error.code !== "rate_limited") return { ok: false, formError: t("invalidCredentials"), values: { email } };
      const seconds = await signInRetryAfterSeconds(parsed.data.email, clientIpFrom(await headers()));
      const minutes = Math.max(1, Math.ceil(seconds / 60));
      return { ok: false, formError: t("rateLimited", { minutes }), values: { email } };
    }
    logger.error({ err: error, type: error.type }, "sign-in error");
    return { ok: false, formError: t("unknown"), values: { email } };
  }
}
