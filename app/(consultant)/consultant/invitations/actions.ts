"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { parseInvitationCsv } from "@/lib/invitations/csv";
import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { inviteCitizen, inviteCitizens, resendInvitation, type CitizenInvitation } from "@/lib/db/citizen-invitations";
import type { SessionUser } from "@/lib/db/users";
import { deliverCitizenInvitation } from "@/lib/mail/invitation-delivery";
import { invitationLink } from "@/lib/mail/invitation-email";
import { appBaseUrl } from "@/lib/mail/transport";
import { recordIdSchema } from "@/lib/validation/company";
import { formStrings, toFieldErrors } from "@/lib/validation/form";
import { citizenInviteSchema, csvInviteSchema, MAX_CSV_ROWS } from "@/lib/validation/invitation";
import type { CsvReportData, InviteLinkData } from "./result-types";

const refresh = () => revalidatePath("/consultant/invitations");

/**
 * E-mails the link (or, to an address that has an account, a notice instead); returns the link
 * when e-mail is off or failed, so the consultant can pass it on. That link is absolute from
 * APP_URL or else this request's origin; the e-mail uses APP_URL only. Nothing here depends on
 * whether the address has an account: the consultant must not learn that by inviting it.
 */
async function deliver(user: SessionUser, invitation: CitizenInvitation): Promise<string | null> {
  const sent = await deliverCitizenInvitation(invitation, user);
  if (sent) return null;
  const origin = appBaseUrl() ?? (await headers()).get("origin") ?? undefined;
  return invitationLink(invitation.token, origin);
}

/** ActionForm is typed for results without data; the page's client parts read `data` back. */
function withData<T>(message: string, data: T | undefined): ActionResult {
  const result: ActionResult<T> = { ok: true, message, data };
  return result as ActionResult;
}

export async function inviteCitizenAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantInvitations");
  const values = formStrings(formData);
  const parsed = citizenInviteSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: t("errors.fixFields"), fieldErrors: toFieldErrors(parsed.error, (k) => t(`errors.${k}`)), values };
  const invitation = await inviteCitizen(user, parsed.data, new Date());
  if (invitation === null) return { ok: false, formError: t("errors.notAllowed") };
  const link = await deliver(user, invitation);
  refresh();
  const email = invitation.email;
  const key = invitation.renewed ? (link ? "renewedNoMail" : "renewed") : link ? "invitedNoMail" : "invited";
  return withData<InviteLinkData>(t(`results.${key}`, { email }), link ? { link } : undefined);
}

/** The uploaded file when one was chosen (Next limits an action's body to 1 MB), else the pasted text. */
async function csvText(formData: FormData): Promise<string> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) return file.text();
  const text = formData.get("csv");
  return typeof text === "string" ? text : "";
}

export async function inviteCsvAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantInvitations");
  const values = { csv: typeof formData.get("csv") === "string" ? String(formData.get("csv")) : "" };
  const parsed = csvInviteSchema.safeParse({ csv: await csvText(formData) });
  if (!parsed.success) return { ok: false, formError: t("errors.fixFields"), fieldErrors: toFieldErrors(parsed.error, (k) => t(`errors.${k}`)), values };
  const { rows, errors } = parseInvitationCsv(parsed.data.csv);
  if (rows.length > MAX_CSV_ROWS) return { ok: false, formError: t("errors.tooMany", { count: rows.length, max: MAX_CSV_ROWS }), values };
  const skipped: CsvReportData["skipped"] = errors.map((e) => ({ line: e.line, reason: t(`csvErrors.${e.message}`) }));
  const links: CsvReportData["links"] = [];
  const outcomes = await inviteCitizens(user, rows, new Date());
  if (rows.length > 0 && outcomes.length === 0) return { ok: false, formError: t("errors.notAllowed") };
  // Rows whose address has an account count as invited like any other (their owners get a notice):
  // a per-row "already has a user" would tell the consultant who is a citizen elsewhere. Only
  // lines that cannot be used (parse errors) are skipped.
  for (const { result } of outcomes) {
    const link = await deliver(user, result);
    if (link) links.push({ name: result.name, email: result.email, link });
  }
  // A row already waiting in the municipality got a new link and expiry: its old link no longer
  // works, which the consultant must know (she may have passed it on). This says nothing about
  // accounts: the waiting invitations are on her own page.
  const reissued = outcomes.flatMap(({ line, result }) => (result.renewed ? [{ line, name: result.name, email: result.email }] : []));
  refresh();
  const counts = { invited: outcomes.length - reissued.length, reissued: reissued.length, skipped: skipped.length };
  return withData<CsvReportData>(t(reissued.length ? "results.bulkReissued" : "results.bulk", counts), { skipped, reissued, links });
}

export async function resendCitizenInvitationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantInvitations");
  const id = recordIdSchema.safeParse(formData.get("id") ?? "");
  const invitation = id.success ? await resendInvitation(user, id.data, new Date()) : null;
  if (!invitation) return { ok: false, formError: t("errors.notFound") };
  const link = await deliver(user, invitation);
  refresh();
  const email = invitation.email;
  return withData<InviteLinkData>(t(link ? "results.resentNoMail" : "results.resent", { email }), link ? { link } : undefined);
}
