"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/lib/auth";
import { hashPassword } from "@/lib/auth/password";
import type { ActionResult } from "@/lib/actions/result";
import { acceptInvitation } from "@/lib/db/invitations";
import { logger } from "@/lib/runtime/logger";
import { invitationSchema } from "@/lib/validation/profile";
import { toFieldErrors } from "@/lib/validation/form";

// Citizens go straight into the profile wizard; an employer's colleague to the company's home.
const landing = { CITIZEN: "/citizen/profile/about", EMPLOYER: "/employer" } as const;

/** Public by nature: the invitation token is the credential. Creates the account, then signs in. */
export async function acceptInvitationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("onboarding.errors");
  const parsed = invitationSchema.safeParse({ token: formData.get("token"), password: formData.get("password") ?? "", confirm: formData.get("confirm") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, t) };
  const result = await acceptInvitation(parsed.data.token, await hashPassword(parsed.data.password), new Date());
  if (!result.ok) return { ok: false, formError: t(result.reason === "email_taken" ? "emailTaken" : "invalid") };
  try {
    await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: landing[result.role] });
  } catch (error) {
    // signIn() redirects by throwing; only Auth.js' own errors are ours to handle.
    if (!(error instanceof AuthError)) throw error;
    logger.error({ err: error, type: error.type }, "sign-in after invitation failed");
    return { ok: false, formError: t("signInFailed") };
  }
  return { ok: true };
}

/** With OpenID Connect configured: create the account without a password, then go to MitID. */
export async function acceptWithOidcAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const result = await acceptInvitation(token, null, new Date());
  if (!result.ok) logger.warn({ reason: result.reason }, "invitation not accepted for OIDC");
  await signIn("oidc", { redirectTo: result.ok ? landing[result.role] : "/sign-in" });
}
