import { createTranslator } from "next-intl";
import da from "@/messages/da/emailSettings.json";
import en from "@/messages/en/emailSettings.json";
import type { Role } from "@/lib/db/types";
import { logger } from "@/lib/runtime/logger";
import { appBaseUrl, mailFrom, mailTransport } from "./transport";
import { unsubscribeHeaders, unsubscribePageUrl } from "./unsubscribe-link";

// Words of the digest and job-agent e-mails and the lines every e-mail ends with (where to change
// one's choices, and the one-click unsubscribe link), from the emailSettings namespace; and the
// sending of such a mail with its List-Unsubscribe headers.

export function mailTranslator(locale: string) {
  const lang = locale === "en" ? "en" : "da";
  return createTranslator({
    locale: lang,
    messages: { emailSettings: lang === "en" ? en : da },
    namespace: "emailSettings",
    onError: (error) => logger.warn({ code: error.code }, "e-mail text error"),
  });
}

/** Each role's own settings page. */
export function settingsPath(role: Role): string {
  return `/${role.toLowerCase()}/settings/email`;
}

export function absoluteUrl(path: string, base: string | undefined): string {
  return base ? new URL(path, base).toString() : path;
}

/** The closing lines: the settings page, and the link that stops this kind of e-mail. */
export function closingLines(to: { id: string; role: Role; locale: string }, kind: string, base: string | undefined): string[] {
  const t = mailTranslator(to.locale);
  return [t("mail.settings", { url: absoluteUrl(settingsPath(to.role), base) }), t("mail.unsubscribe", { url: unsubscribePageUrl(to.id, kind, base) })];
}

/**
 * Sends a plain-text mail rendered for the site's base URL, with the List-Unsubscribe headers of
 * `kind`. Throws on SMTP failure; false when e-mail is off.
 */
export async function sendUnsubscribableMail(
  to: { id: string; email: string },
  kind: string,
  render: (base: string | undefined) => { subject: string; text: string },
): Promise<boolean> {
  const transport = mailTransport();
  if (!transport) return false;
  const base = appBaseUrl();
  const { subject, text } = render(base);
  await transport.sendMail({ from: mailFrom(), to: to.email, subject, text, headers: unsubscribeHeaders(to.id, kind, base) });
  return true;
}
