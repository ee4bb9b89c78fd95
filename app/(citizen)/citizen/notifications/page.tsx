import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Inbox } from "@/components/notifications/inbox";
import { pageParam } from "@/components/ui/page-links";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { markAllReadAction, markReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireRole("CITIZEN");
  const [t, { page }] = await Promise.all([getTranslations("notifications"), searchParams]);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>

      <Inbox user={user} page={pageParam(page)} basePath="/citizen/notifications" markRead={markReadAction} markAllRead={markAllReadAction} />

      <Card aria-labelledby="email-settings">
        <h2 id="email-settings" className="mb-3 text-xl font-bold">
          {t("settings.title")}
        </h2>
        <p className="mb-3">{t("settings.intro")}</p>
        <Link href="/citizen/settings/email" className="font-semibold underline">
          {t("settings.link")}
        </Link>
      </Card>
    </div>
  );
}
