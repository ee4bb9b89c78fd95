import { createTranslator } from "next-intl";
import da from "@/messages/da/onboarding.json";
import en from "@/messages/en/onboarding.json";
import { logger } from "@/lib/runtime/logger";
import { appBaseUrl, mailFrom, mailTransport } from "./transport";

// The notice to the owner of an account whose address someone invited. The inviter is told "sent"
// just as for a new address (so an invitation cannot be used to find out who has an account);
// the conflict is handled here, with the owner, in their own language. No invitation link and
// nothing about the inviter beyond an organisation the recipient may know about. Its words live in
// onboarding.accountExistsEmail, next to the invitation page's own words.

/** Who tried: a company (told to employer accounts only), a municipality's job centre, or nobody named. */
export type InvitingOrganisation = { kind: "company" | "municipality"; name: string } | null;

export type AccountExistsEmail = {
  to: string;
  /** The account's own name (not the one the inviter typed). */
  name: string;
  /** The account's language. */
  locale: string;
  organisation: InvitingOrganisation;
  /** For the log only. */
  invitationId?: string;
};

export function renderAccountExistsEmail(mail: Omit<AccountExistsEmail, "to" | "invitationId">, baseUrl: string | undefined = appBaseUrl()): { subject: string; text: string } {
  const lang = mail.locale === "en" ? "en" : "da";
  const t = createTranslator({
    locale: lang,
    messages: { onboarding: lang === "en" ? en : da },
    namespace: "onboarding.accountExistsEmail",
    onError: (error) => logger.warn({ code: error.code }, "account notice e-mail text error"),
  });
  const org = mail.organisation;
  const tried = org?.kind === "company" ? t("triedCompany", { company: org.name }) : org?.kind === "municipality" ? t("triedMunicipality", { municipality: org.name }) : t("tried");
  const lines = [t("greeting", { name: mail.name }), "", `${tried} ${t("existing")}`];
  if (baseUrl) lines.push("", t("signIn", { url: new URL("/sign-in", baseUrl).toString() }));
  if (org?.kind === "company") lines.push("", t("joinCompany", { company: org.name }));
  lines.push("", t("ignore"), "", "—", t("footer"));
  return { subject: t("subject"), text: lines.join("\n") };
}

/** True when sent; false when e-mail is off or failed (the inviter then gets a link, as for anyone). */
export async function sendAccountExistsEmail(mail: AccountExistsEmail): Promise<boolean> {
  const transport = mailTransport();
  if (!transport) return false;
  const { subject, text } = renderAccountExistsEmail(mail);
  try {
    await transport.sendMail({ from: mailFrom(), to: mail.to, subject, text });
    return true;
  } catch (err) {
    // The SMTP error's text can quote the recipient's address, so only its codes are logged.
    const { code, responseCode } = (err ?? {}) as { code?: unknown; responseCode?: unknown };
    logger.error({ code, responseCode, invitationId: mail.invitationId }, "account notice e-mail failed");
    return false;
  }
}
