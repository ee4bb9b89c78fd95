import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/action-result";
import { countUnreadNotifications, listNotificationPage, UNREAD_CAP } from "@/lib/db/notifications";
import type { Role } from "@/lib/db/types";
import { NotificationItem, type MarkReadAction } from "./notification-item";

type Reader = { id: string; role: Role };

const pagerLink = "inline-flex min-h-11 items-center rounded-md border border-gray-500 bg-white px-4 font-semibold no-underline";

/**
 * The list part of every role's notifications page: the unread count, "mark all as read", one
 * page of notifications in the reader's words, and links to newer and older pages. Each role's
 * page passes its own guarded actions.
 */
export async function Inbox({ user, page, basePath, markRead, markAllRead }: { user: Reader; page: number; basePath: string; markRead: MarkReadAction; markAllRead: () => Promise<ActionResult> }) {
  const [{ notifications, hasOlder, page: current }, unread, t, locale] = await Promise.all([
    listNotificationPage(user, page),
    countUnreadNotifications(user),
    getTranslations("notifications"),
    getLocale(),
  ]);
  const href = (n: number) => (n > 1 ? `${basePath}?page=${n}` : basePath);
  return (
    <section aria-labelledby="notification-list" className="flex flex-col gap-4">
      <h2 id="notification-list" className="text-xl font-bold">
        {t("listTitle")}
      </h2>
      {/* Announces the new count after marking messages as read (the buttons themselves go away). */}
      <p aria-live="polite" className="font-semibold">
        {unread >= UNREAD_CAP ? t("inbox.unreadMany") : t("unreadCount", { count: unread })}
      </p>
      {unread > 0 ? (
        <ActionForm action={markAllRead}>
          <SubmitButton variant="secondary" pendingLabel={t("marking")}>
            {t("markAllRead")}
          </SubmitButton>
        </ActionForm>
      ) : null}
      {notifications.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {notifications.map((n) => (
            <NotificationItem key={n.id} notification={n} locale={locale} role={user.role} markRead={markRead} />
          ))}
        </ul>
      )}
      {current > 1 || hasOlder ? (
        <nav aria-label={t("inbox.pagination.label")} className="flex flex-wrap items-center gap-3">
          {current > 1 ? (
            <Link href={href(current - 1)} className={pagerLink}>
              {t("inbox.pagination.newer")}
            </Link>
          ) : null}
          <p>{t("inbox.pagination.page", { page: current })}</p>
          {hasOlder ? (
            <Link href={href(current + 1)} className={pagerLink}>
              {t("inbox.pagination.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

/** The page number from `?page=`; anything else is page 1. */
export function inboxPage(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}
