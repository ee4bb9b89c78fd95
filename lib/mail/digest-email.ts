import type { Role } from "@/lib/db/types";
import { inboxPath } from "@/lib/notifications/links";
import { renderNotification, type NotificationLike } from "@/lib/notifications/text";
import { absoluteUrl, closingLines, mailTranslator, sendUnsubscribableMail } from "./mail-text";

// The daily digest: one short plain-text e-mail listing a user's new notifications of the types
// they chose "once a day" for. The texts are the in-app ones (lib/notifications/text.ts), so the
// mail says nothing the page does not show the same person.

export type DigestRecipient = { id: string; email: string; locale: string; role: Role };

/** At most this many are written out; the rest are counted. */
export const DIGEST_LISTED = 20;

export function renderDigestEmail(items: NotificationLike[], to: DigestRecipient, base: string | undefined): { subject: string; text: string } {
  const t = mailTranslator(to.locale);
  const lines = [t("digest.intro"), ""];
  for (const item of items.slice(0, DIGEST_LISTED)) {
    const { title, body } = renderNotification(item, to.locale, to.role);
    lines.push(`• ${title}: ${body}`);
  }
  if (items.length > DIGEST_LISTED) lines.push(t("digest.more", { count: items.length - DIGEST_LISTED }));
  // The whole list is the role's inbox, the in-app page the digest summarises.
  lines.push("", t("digest.link", { url: absoluteUrl(inboxPath(to.role), base) }), "", "—", ...closingLines(to, "DIGEST", base));
  return { subject: t("digest.subject"), text: lines.join("\n") };
}

/** Sends one digest; throws on SMTP failure, false when e-mail is off. */
export function sendDigestEmail(items: NotificationLike[], to: DigestRecipient): Promise<boolean> {
  return sendUnsubscribableMail(to, "DIGEST", (base) => renderDigestEmail(items, to, base));
}
