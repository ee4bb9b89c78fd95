"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import type { SessionUser } from "@/lib/db/users";
import { cancelColleagueInvitation, inviteColleague, resendColleagueInvitation, updateOwnCompany, type ColleagueInvitation } from "@/lib/db/employers";
import { deliverColleagueInvitation } from "@/lib/mail/invitation-delivery";
import { invitationLink } from "@/lib/mail/invitation-email";
import { appBaseUrl } from "@/lib/mail/transport";
import { colleagueInviteSchema, companySchema, recordIdSchema } from "@/lib/validation/company";
import { formStrings, toFieldErrors } from "@/lib/validation/form";
import type { InviteLinkData } from "./team/invite-link";

// The company name shows in the employer's pages and headers; revalidate the whole area.
const refresh = () => revalidatePath("/employer", "layout");

export async function updateCompanyAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  const t = await getTranslations("employerCompany");
  const values = formStrings(formData);
  const employerId = recordIdSchema.safeParse(values.employerId ?? "");
  if (!employerId.success) return { ok: false, formError: t("errors.notFound") };
  const parsed = companySchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: t("errors.fixFields"), fieldErrors: toFieldErrors(parsed.error, (k) => t(`errors.${k}`)), values };
  const saved = await updateOwnCompany(user, employerId.data, parsed.data);
  if (saved === "cvr_taken") return { ok: false, formError: t("errors.fixFields"), fieldErrors: { cvr: t("errors.cvrTaken") }, values };
  if (!saved) return { ok: false, formError: t("errors.notFound") };
  refresh();
  return { ok: true, message: t("saved") };
}

/**
 * E-mails the invitation (or, to an address that has an account, a notice instead). When e-mail
 * is off or fails, the result carries the link so the inviter can pass it on. That link is absolute
 * from APP_URL or else this request's origin (which Next has already checked against the host for
 * server actions); the e-mail itself uses APP_URL only. The answer never depends on whether the
 * address has an account: that must not be learnt by inviting it.
 */
async function deliver(user: SessionUser, invitation: ColleagueInvitation, message: { sent: string; notSent: string }): Promise<ActionResult> {
  const sent = await deliverColleagueInvitation(invitation, user);
  refresh();
  if (sent) return { ok: true, message: message.sent };
  const origin = appBaseUrl() ?? (await headers()).get("origin") ?? undefined;
  const result: ActionResult<InviteLinkData> = { ok: true, message: message.notSent, data: { link: invitationLink(invitation.token, origin) } };
  // ActionForm is typed for results without data; the team page's InviteLink reads it back.
  return result as ActionResult;
}

export async function inviteColleagueAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  const t = await getTranslations("employerCompany");
  const values = formStrings(formData);
  const employerId = recordIdSchema.safeParse(values.employerId ?? "");
  if (!employerId.success) return { ok: false, formError: t("errors.notFound") };
  const parsed = colleagueInviteSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: t("errors.fixFields"), fieldErrors: toFieldErrors(parsed.error, (k) => t(`errors.${k}`)), values };
  const invitation = await inviteColleague(user, employerId.data, parsed.data, new Date());
  if (invitation === "not_found") return { ok: false, formError: t("errors.notFound") };
  if (invitation === "already_member") return { ok: false, formError: t("errors.fixFields"), fieldErrors: { email: t("errors.alreadyMember") }, values };
  const email = invitation.email;
  return deliver(user, invitation, { sent: t("team.invited", { email }), notSent: t("team.invitedNoMail", { email }) });
}

export async function resendInvitationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  const t = await getTranslations("employerCompany");
  const id = recordIdSchema.safeParse(formData.get("id") ?? "");
  const invitation = id.success ? await resendColleagueInvitation(user, id.data, new Date()) : null;
  if (!invitation) return { ok: false, formError: t("errors.invitationGone") };
  const email = invitation.email;
  return deliver(user, invitation, { sent: t("team.resent", { email }), notSent: t("team.resentNoMail", { email }) });
}

export async function cancelInvitationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  const t = await getTranslations("employerCompany");
  const id = recordIdSchema.safeParse(formData.get("id") ?? "");
  if (!id.success || !(await cancelColleagueInvitation(user, id.data))) return { ok: false, formError: t("errors.invitationGone") };
  refresh();
  return { ok: true, message: t("team.cancelled") };
}
