import { createTranslator } from "next-intl";
import da from "@/messages/da/employerCompany.json";
import en from "@/messages/en/employerCompany.json";
import { logger } from "@/lib/runtime/logger";
import { COLLEAGUE_INVITATION_DAYS } from "@/lib/validation/company";
import { appBaseUrl, mailFrom, mailTransport } from "./transport";

// The e-mail that brings an employer's colleague to their invitation link. Its words live in the
// employerCompany namespace ("invitationEmail.*"), so page and mail are translated in one place.

export type InvitationEmail = {
  to: string;
  /** The colleague's name, as the inviter typed it. */
  name: string;
  inviterName: string;
  companyName: string;
  /** From invitationLink(): absolute when APP_URL is set. */
  link: string;
  locale: string;
  /** For the log only (never the token or the e-mail's content). */
  invitationId?: string;
};

/** The accept page of an invitation token; absolute with `base` (default APP_URL) when known. */
export function invitationLink(token: string, base: string | undefined = appBaseUrl()): string {
  const path = `/invite/${encodeURIComponent(token)}`;
  return base ? new URL(path, base).toString() : path;
}

export function renderInvitationEmail(mail: Omit<InvitationEmail, "to" | "invitationId">): { subject: string; text: string } {
  const lang = mail.locale === "en" ? "en" : "da";
  const t = createTranslator({
    locale: lang,
    messages: { employerCompany: lang === "en" ? en : da },
    namespace: "employerCompany.invitationEmail",
    onError: (error) => logger.warn({ code: error.code }, "invitation e-mail text error"),
  });
  const values = { name: mail.name, inviter: mail.inviterName, company: mail.companyName };
  const text = [t("greeting", values), "", t("body", values), "", t("link", { url: mail.link }), "", t("expiry", { days: COLLEAGUE_INVITATION_DAYS }), "", "—", t("footer")].join("\n");
  return { subject: t("subject", values), text };
}

/**
 * Sends a colleague's invitation. True when sent; false when e-mail is off (no SMTP_URL) or the
 * sending failed, in which case the inviter is shown the link to pass on instead.
 */
export async function sendInvitationEmail(mail: InvitationEmail): Promise<boolean> {
  const transport = mailTransport();
  if (!transport) return false;
  const { subject, text } = renderInvitationEmail(mail);
  try {
    await transport.sendMail({ from: mailFrom(), to: mail.to, subject, text });
    return true;
  } catch (err) {
    // The SMTP error's text can quote the recipient's address, so only its codes are logged.
    const { code, responseCode } = (err ?? {}) as { code?: unknown; responseCode?: unknown };
    logger.error({ code, responseCode, invitationId: mail.invitationId }, "invitation e-mail failed");
    return false;
  }
}
