import { createTranslator } from "next-intl";
import da from "@/messages/da/consultantInvitations.json";
import en from "@/messages/en/consultantInvitations.json";
import { logger } from "@/lib/runtime/logger";
import { CITIZEN_INVITATION_DAYS } from "@/lib/validation/invitation";
import { mailFrom, mailTransport } from "./transport";

// The e-mail that brings a citizen to the invitation link their job-centre consultant made. The
// colleague e-mail (invitation-email.ts) speaks of a company, so citizens get their own words,
// from the consultantInvitations namespace ("email.*"). The link comes from invitationLink().

export type CitizenInvitationEmail = {
  to: string;
  name: string;
  consultantName: string;
  municipalityName: string;
  link: string;
  locale: string;
  /** For the log only (never the token or the e-mail's content). */
  invitationId?: string;
};

export function renderCitizenInvitationEmail(mail: Omit<CitizenInvitationEmail, "to" | "invitationId">): { subject: string; text: string } {
  const lang = mail.locale === "en" ? "en" : "da";
  const t = createTranslator({
    locale: lang,
    messages: { consultantInvitations: lang === "en" ? en : da },
    namespace: "consultantInvitations.email",
    onError: (error) => logger.warn({ code: error.code }, "citizen invitation e-mail text error"),
  });
  const values = { name: mail.name, consultant: mail.consultantName, municipality: mail.municipalityName };
  const text = [t("greeting", values), "", t("body", values), "", t("link", { url: mail.link }), "", t("expiry", { days: CITIZEN_INVITATION_DAYS }), "", "—", t("footer")].join("\n");
  return { subject: t("subject", values), text };
}

/** True when sent; false when e-mail is off or failed (the consultant is shown the link instead). */
export async function sendCitizenInvitationEmail(mail: CitizenInvitationEmail): Promise<boolean> {
  const transport = mailTransport();
  if (!transport) return false;
  const { subject, text } = renderCitizenInvitationEmail(mail);
  try {
    await transport.sendMail({ from: mailFrom(), to: mail.to, subject, text });
    return true;
  } catch (err) {
    // The SMTP error's text can quote the recipient's address, so only its codes are logged.
    const { code, responseCode } = (err ?? {}) as { code?: unknown; responseCode?: unknown };
    logger.error({ code, responseCode, invitationId: mail.invitationId }, "citizen invitation e-mail failed");
    return false;
  }
}
