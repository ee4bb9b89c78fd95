import type { Role } from "@/lib/db/types";
import { renderNotificationEmail, type NotificationLike } from "@/lib/notifications/text";
import { closingLines, sendUnsubscribableMail } from "./mail-text";
import { mailTransport } from "./transport";

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
export function sendNotificationEmail(notification: NotificationLike, to: MailRecipient): Promise<boolean> {
  return sendUnsubscribableMail(to, notification.type, (base) => {
    const { subject, text } = renderNotificationEmail(notification, to.locale, base, to.role);
    return { subject, text: [text, ...closingLines(to, notification.type, base)].join("\n") };
  });
}
