import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import { PageLinks } from "@/components/ui/page-links";
import type { ActionResult } from "@/lib/actions/result";
import { countUnreadNotifications, listNotificationPage, UNREAD_CAP } from "@/lib/db/notifications";
import type { Role } from "@/lib/db/types";
import { NotificationItem, type MarkReadAction } from "./notification-item";

type Reader = { id: string; role: Role };

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
      <PageLinks
        current={current}
        hasNext={hasOlder}
        href={href}
        labels={{ label: t("inbox.pagination.label"), previous: t("inbox.pagination.newer"), next: t("inbox.pagination.older"), page: t("inbox.pagination.page", { page: current }) }}
      />
    </section>
  );
}

