import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Inbox } from "@/components/notifications/inbox";
import { pageParam } from "@/components/ui/page-links";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { CheckboxField, SubmitButton } from "@/components/ui/form-fields";
import { requireRole } from "@/lib/auth/guards";
import { getEmailNotifications } from "@/lib/db/notifications";
import { markAllReadAction, markReadAction, saveEmailSettingAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireRole("CITIZEN");
  const [emailOn, t, { page }] = await Promise.all([getEmailNotifications(user), getTranslations("notifications"), searchParams]);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>

      <Inbox user={user} page={pageParam(page)} basePath="/citizen/notifications" markRead={markReadAction} markAllRead={markAllReadAction} />

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
