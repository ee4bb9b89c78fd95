import { unsubscribeToken } from "@/lib/auth/tokens";
import { appBaseUrl } from "./transport";

// The unsubscribe link every e-mail carries, in its text and in the List-Unsubscribe headers
// (RFC 2369, with RFC 8058's one-click POST). The text's link opens a confirm page (GET never
// changes anything: mail scanners follow links); the header's link takes the one-click POST.

export type UnsubscribeKind = string;

function absolute(path: string, base: string | undefined): string {
  return base ? new URL(path, base).toString() : path;
}

/** The confirm page, for the e-mail's text. */
export function unsubscribePageUrl(userId: string, kind: UnsubscribeKind, base: string | undefined = appBaseUrl()): string {
  return absolute(`/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId, kind))}`, base);
}

/** The headers for nodemailer; none without an absolute base (a mail client needs a full URL). */
export function unsubscribeHeaders(userId: string, kind: UnsubscribeKind, base: string | undefined = appBaseUrl()): Record<string, string> {
  if (!base) return {};
  const url = absolute(`/api/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId, kind))}`, base);
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
