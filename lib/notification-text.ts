import { createTranslator } from "next-intl";
import da from "@/messages/da/notifications.json";
import en from "@/messages/en/notifications.json";
import { MatchStatus, type NotificationType, type Role } from "@/lib/db/types";
import { logger } from "@/lib/logger";

// One place that turns a stored notification (type + data) into words, so the page and the
// e-mail always say the same thing. createTranslator works outside React (e-mail, tests).

export type NotificationLike = {
  type: NotificationType;
  /** The stored JSON: values for the text, see the contract in lib/db/notifications.ts. */
  data: unknown;
  matchId: string | null;
  openingId: string | null;
};

export type NotificationLink = { href: string; label: string };
export type RenderedNotification = { title: string; body: string; link: NotificationLink | null };

const catalogues = { da, en } as const;
type TextLocale = keyof typeof catalogues;

function translator(locale: string) {
  const lang: TextLocale = locale === "en" ? "en" : "da";
  return createTranslator({
    locale: lang,
    messages: { notifications: catalogues[lang] },
    namespace: "notifications",
    // A missing value must never break a page or an e-mail; log it and show the fallback.
    onError: (error) => logger.warn({ code: error.code }, "notification text error"),
  });
}

/** The text values of a notification's data; anything missing becomes an empty string. */
function values(data: unknown): Record<string, string> {
  const source = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  const out: Record<string, string> = { openingTitle: "", employerName: "", alias: "", eventTitle: "", status: "" };
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === "string" || typeof value === "number") out[key] = String(value);
  }
  return out;
}

function isMatchStatus(value: string): value is MatchStatus {
  return (Object.values(MatchStatus) as string[]).includes(value);
}

/**
 * Where the notification leads. Only citizens have these pages today; other roles get no link
 * until their areas have a place to show it.
 */
export function notificationHref(n: Pick<NotificationLike, "matchId" | "openingId">, role: Role = "CITIZEN"): string | null {
  if (role !== "CITIZEN") return null;
  if (n.matchId) return "/citizen/matches";
  if (n.openingId) return `/citizen/jobs/${encodeURIComponent(n.openingId)}`;
  return null;
}

/** Title, body and link of a notification in the reader's language (da or en; else Danish). */
export function renderNotification(n: NotificationLike, locale: string, role: Role = "CITIZEN"): RenderedNotification {
  const t = translator(locale);
  const v = values(n.data);
  if (n.type === "MATCH_STATUS") v.status = isMatchStatus(v.status ?? "") ? t(`matchStatus.${v.status as MatchStatus}`) : t("matchStatus.unknown");
  const href = notificationHref(n, role);
  const label = n.matchId ? t("links.match") : t("links.opening");
  return {
    title: t(`types.${n.type}.title`),
    body: t(`types.${n.type}.body`, v),
    link: href ? { href, label } : null,
  };
}

/** The e-mail's subject and plain-text body; `baseUrl` makes the link absolute when known. */
export function renderNotificationEmail(n: NotificationLike, locale: string, baseUrl?: string): { subject: string; text: string } {
  const t = translator(locale);
  const { title, body, link } = renderNotification(n, locale);
  const lines = [body];
  if (link) lines.push("", t("email.link", { url: baseUrl ? new URL(link.href, baseUrl).toString() : link.href }));
  lines.push("", "—", t("email.footer"));
  return { subject: title, text: lines.join("\n") };
}
