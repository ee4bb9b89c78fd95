import { createTranslator } from "next-intl";
import da from "@/messages/da/notifications.json";
import en from "@/messages/en/notifications.json";
import { MatchStatus, type NotificationType, type Role } from "@/lib/db/types";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { logger } from "@/lib/runtime/logger";
import { notificationLink } from "@/lib/notifications/links";

// One place that turns a stored notification (type + data) into words, so the page and the
// e-mail always say the same thing. createTranslator works outside React (e-mail, tests).
// The words depend on who reads: "Du har sagt ja" is the citizen's, "Kandidaten har sagt ja" the
// company's. Citizens' texts are under types.*, the others' under roles.<ROLE>.types.*.

export type NotificationLike = {
  type: NotificationType;
  /** The stored JSON: values for the text, see the contract in lib/db/notifications.ts. */
  data: unknown;
  matchId: string | null;
  openingId: string | null;
};

export type NotificationLink = { href: string; label: string };
export type RenderedNotification = { title: string; body: string; link: NotificationLink | null };

/** Which roles receive each type; each of these has its own text (unit-tested). */
export const NOTIFICATION_RECEIVERS: Record<NotificationType, Role[]> = {
  NEW_JOB: ["CITIZEN"],
  MATCH_STATUS: ["CITIZEN", "EMPLOYER", "CONSULTANT"],
  CONTACT_REQUEST: ["CITIZEN"],
  CITIZEN_INTEREST: ["CONSULTANT"],
  EVENT_REMINDER: ["CITIZEN", "EMPLOYER"],
  MATCH_MESSAGE: ["EMPLOYER", "CONSULTANT"],
  FOLLOW_UP_DUE: ["CONSULTANT"],
  CITIZEN_ANSWER: ["EMPLOYER", "CONSULTANT"],
  CITIZEN_HANDED_OVER: ["CONSULTANT"],
  DIALOG_MESSAGE: ["CITIZEN", "CONSULTANT"],
};

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
  const out: Record<string, string> = { openingTitle: "", employerName: "", alias: "", eventTitle: "", status: "", answer: "", kind: "", dueDate: "", when: "", fromName: "", authorName: "", citizenName: "" };
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === "string" || typeof value === "number") out[key] = String(value);
  }
  return out;
}

function isMatchStatus(value: string): value is MatchStatus {
  return (Object.values(MatchStatus) as string[]).includes(value);
}

const validDate = (iso: string | undefined) => (iso && !Number.isNaN(Date.parse(iso)) ? new Date(iso) : null);

/** Where the notification leads for this reader, or null. */
export function notificationHref(n: Pick<NotificationLike, "matchId" | "openingId"> & Partial<Pick<NotificationLike, "type" | "data">>, role: Role = "CITIZEN"): string | null {
  return notificationLink({ type: n.type ?? "MATCH_STATUS", matchId: n.matchId, openingId: n.openingId, data: n.data }, role)?.href ?? null;
}

/** Title, body and link of a notification in the reader's language (da or en; else Danish) and for the reader's role. */
export function renderNotification(n: NotificationLike, locale: string, role: Role = "CITIZEN"): RenderedNotification {
  const t = translator(locale);
  // Keys are built from the type and role; NOTIFICATION_RECEIVERS and a unit test keep them existing.
  const key = (k: string) => k as Parameters<typeof t>[0];
  const prefix = role === "CITIZEN" ? "" : `roles.${role}.`;
  const v = values(n.data);
  if (n.type === "MATCH_STATUS") v.status = t(key(`${prefix}matchStatus.${isMatchStatus(v.status ?? "") ? v.status : "unknown"}`));
  if (n.type === "FOLLOW_UP_DUE") {
    v.kind = t(key(`roles.CONSULTANT.followUpKind.${v.followUpKind || "OTHER"}`));
    const due = validDate(v.dueAt);
    v.dueDate = due ? formatDate(due, locale) : "";
  }
  const starts = validDate(v.startsAt);
  if (starts) v.when = formatDateTime(starts, locale);
  const target = notificationLink(n, role);
  return {
    title: t(key(`${prefix}types.${n.type}.title`), v),
    body: t(key(`${prefix}types.${n.type}.body`), v),
    link: target ? { href: target.href, label: t(key(`links.${target.label}`)) } : null,
  };
}

/** The e-mail's subject and plain-text body; `baseUrl` makes the link absolute when known. */
export function renderNotificationEmail(n: NotificationLike, locale: string, baseUrl?: string, role: Role = "CITIZEN"): { subject: string; text: string } {
  const t = translator(locale);
  const { title, body, link } = renderNotification(n, locale, role);
  const lines = [body];
  if (link) lines.push("", t("email.link", { url: baseUrl ? new URL(link.href, baseUrl).toString() : link.href }));
  lines.push("", "—", t("email.footer"));
  return { subject: title, text: lines.join("\n") };
}
