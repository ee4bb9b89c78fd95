import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Inbox } from "@/components/notifications/inbox";
import { pageParam } from "@/components/ui/page-links";
import { requireRole } from "@/lib/auth/guards";
import { markAllReadAction, markReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** The consultant's notifications, in the consultant's words, 20 a page. */
export default async function ConsultantNotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireRole("CONSULTANT");
  const [t, { page }] = await Promise.all([getTranslations("notifications"), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("inbox.consultantIntro")}</p>
      <Inbox user={user} page={pageParam(page)} basePath="/consultant/notifications" markRead={markReadAction} markAllRead={markAllReadAction} />
    </div>
  );
}
