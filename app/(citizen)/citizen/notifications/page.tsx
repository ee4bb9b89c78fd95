import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { CheckboxField, SubmitButton } from "@/components/ui/form-fields";
import { requireRole } from "@/lib/auth/guards";
import { getEmailNotifications, listOwnNotifications } from "@/lib/db/notifications";
import { markAllReadAction, saveEmailSettingAction } from "./actions";
import { NotificationItem } from "./notification-item";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const user = await requireRole("CITIZEN");
  const [notifications, emailOn, t, locale] = await Promise.all([
    listOwnNotifications(user, { take: 100 }),
    getEmailNotifications(user),
    getTranslations("notifications"),
    getLocale(),
  ]);
  const unread = notifications.filter((n) => n.readAt === null).length;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>

      <section aria-labelledby="notification-list" className="flex flex-col gap-4">
        <h2 id="notification-list" className="text-xl font-bold">
          {t("listTitle")}
        </h2>
        {/* Announces the new count after marking messages as read (the buttons themselves go away). */}
        <p aria-live="polite" className="font-semibold">
          {t("unreadCount", { count: unread })}
        </p>
        {unread > 0 ? (
          <ActionForm action={markAllReadAction}>
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
              <NotificationItem key={n.id} notification={n} locale={locale} />
            ))}
          </ul>
        )}
      </section>

      <Card aria-labelledby="email-settings">
        <h2 id="email-settings" className="mb-3 text-xl font-bold">
          {t("settings.title")}
        </h2>
        <ActionForm action={saveEmailSettingAction}>
          <CheckboxField name="email" label={t("settings.emailLabel")} hint={t("settings.emailHint", { email: user.email })} defaultChecked={emailOn} />
          <SubmitButton pendingLabel={t("settings.saving")}>{t("settings.save")}</SubmitButton>
        </ActionForm>
      </Card>
    </div>
  );
}
