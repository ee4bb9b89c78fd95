import { renderNotificationEmail, type NotificationLike } from "@/lib/notification-text";
import { appBaseUrl, mailFrom, mailTransport } from "./transport";

export type MailRecipient = { email: string; locale: string };

/** Whether notification e-mail can be sent at all (SMTP configured). */
export function notificationEmailEnabled(): boolean {
  return mailTransport() !== null;
}

/**
 * Sends one notification as a plain-text e-mail in the recipient's language. Throws on SMTP
 * failure; the caller decides what a failure means (for notifications: log and carry on).
 * Returns false when e-mail is off and nothing was sent.
 */
export async function sendNotificationEmail(notification: NotificationLike, to: MailRecipient): Promise<boolean> {
  const transport = mailTransport();
  if (!transport) return false;
  const { subject, text } = renderNotificationEmail(notification, to.locale, appBaseUrl());
  await transport.sendMail({ from: mailFrom(), to: to.email, subject, text });
  return true;
}
