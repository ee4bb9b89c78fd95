import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/actions/result";
import type { listNotificationPage } from "@/lib/db/notifications";
import type { Role } from "@/lib/db/types";
import { formatDateTime } from "@/lib/i18n/format";
import { renderNotification } from "@/lib/notifications/text";
import { cn } from "@/lib/ui/cn";

type Notification = Awaited<ReturnType<typeof listNotificationPage>>["notifications"][number];
export type MarkReadAction = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

/** One message in the list, in the reader's words. Unread ones say "Ny" in text and are bold, not only coloured. */
export async function NotificationItem({ notification: n, locale, role, markRead }: { notification: Notification; locale: string; role: Role; markRead: MarkReadAction }) {
  const t = await getTranslations("notifications");
  const { title, body, link } = renderNotification(n, locale, role);
  const unread = n.readAt === null;
  return (
    <li className={cn("flex flex-col gap-2 rounded-lg p-4", unread ? "border-2 border-brand-700 bg-brand-50" : "border border-gray-200 bg-white")}>
      <h3 className={cn("text-lg break-words", unread ? "font-bold" : "font-normal")}>
        {unread ? <span className="mr-2 rounded-md border border-brand-700 bg-white px-2 py-0.5 text-sm font-bold text-brand-800">{t("new")}</span> : null}
        {title}
      </h3>
      <p className="text-sm text-gray-700">
        <time dateTime={n.createdAt.toISOString()}>{t("received", { date: formatDateTime(n.createdAt, locale) })}</time>
      </p>
      <p className={cn("break-words", unread && "font-semibold")}>{body}</p>
      <div className="flex flex-wrap items-start gap-3">
        {link ? (
          <Button asChild variant="secondary">
            <Link href={link.href}>{link.label}</Link>
          </Button>
        ) : null}
        {unread ? (
          <ActionForm action={markRead}>
            <input type="hidden" name="id" value={n.id} />
            <SubmitButton variant="secondary" pendingLabel={t("marking")}>
              {t("markRead")}
            </SubmitButton>
          </ActionForm>
        ) : null}
      </div>
    </li>
  );
}
