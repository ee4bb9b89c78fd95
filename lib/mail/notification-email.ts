import type { Role } from "@/lib/db/types";
import { renderNotificationEmail, type NotificationLike } from "@/lib/notification-text";
import { closingLines } from "./mail-text";
import { appBaseUrl, mailFrom, mailTransport } from "./transport";
import { unsubscribeHeaders } from "./unsubscribe-link";

export type MailRecipient = { id: string; email: string; locale: string; role: Role };

/** Whether notification e-mail can be sent at all (SMTP configured). */
export function notificationEmailEnabled(): boolean {
  return mailTransport() !== null;
}

/**
 * Sends one notification as a plain-text e-mail in the recipient's language, with a link that
 * stops e-mail of its type. Throws on SMTP failure; the caller decides what a failure means (for
 * notifications: log and carry on). Returns false when e-mail is off and nothing was sent.
 */
export async function sendNotificationEmail(notification: NotificationLike, to: MailRecipient): Promise<boolean> {
  const transport = mailTransport();
  if (!transport) return false;
  const base = appBaseUrl();
  const { subject, text } = renderNotificationEmail(notification, to.locale, base, to.role);
  const body = [text, ...closingLines(to, notification.type, base)].join("\n");
  await transport.sendMail({ from: mailFrom(), to: to.email, subject, text: body, headers: unsubscribeHeaders(to.id, notification.type, base) });
  return true;
}
