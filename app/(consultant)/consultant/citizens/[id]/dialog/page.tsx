import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DialogReplyForm } from "@/components/dialog/dialog-reply-form";
import { DialogThread } from "@/components/dialog/dialog-thread";
import { requireRole } from "@/lib/auth/guards";
import { readDialog } from "@/lib/db/dialog";
import { newRecordId } from "@/lib/auth/tokens";
import { idSchema } from "@/lib/validation/common";
import { answerDialogAction } from "./actions";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  // No name in the title: it would sit in the browser's history and tab list.
  return { title: (await getTranslations("dialog"))("fileTitle") };
}

export default async function ConsultantDialogPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const user = await requireRole("CONSULTANT");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const profileId = idSchema.safeParse(id);
  if (!profileId.success) notFound();
  const before = idSchema.safeParse(query.before);
  const [view, t, locale] = await Promise.all([
    readDialog(user, { profileId: profileId.data, before: before.success ? before.data : undefined }),
    getTranslations("dialog"),
    getLocale(),
  ]);
  if (!view) notFound();
  const basePath = `/consultant/citizens/${encodeURIComponent(view.profileId)}/dialog`;
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/consultant/citizens/${encodeURIComponent(view.profileId)}`} className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("backToFile")}
      </Link>
      <h1 className="text-2xl font-bold break-words sm:text-3xl">{t("consultantTitle", { name: view.citizenName })}</h1>
      <p>{t("consultantIntro")}</p>
      <DialogThread view={view} reader="CONSULTANT" basePath={basePath} locale={locale} />
      {view.isNewestPage ? (
        <DialogReplyForm action={answerDialogAction} messageId={newRecordId(user.id)} reader="CONSULTANT" view={view} draftKey={`dialog:${user.id}:${view.profileId}`} />
      ) : null}
    </div>
  );
}
