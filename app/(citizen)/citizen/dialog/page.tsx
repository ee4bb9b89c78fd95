import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DialogReplyForm } from "@/components/dialog/dialog-reply-form";
import { DialogThread } from "@/components/dialog/dialog-thread";
import { requireRole } from "@/lib/auth/guards";
import { readDialog } from "@/lib/db/dialog";
import { newRecordId } from "@/lib/auth/tokens";
import { idSchema } from "@/lib/validation/common";
import { sendDialogMessageAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dialog"))("citizenTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CitizenDialogPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("CITIZEN");
  const params = await searchParams;
  const before = idSchema.safeParse(params.before);
  const [view, t, locale] = await Promise.all([readDialog(user, { before: before.success ? before.data : undefined }), getTranslations("dialog"), getLocale()]);
  // Only a citizen without a profile has no thread to open.
  if (!view) notFound();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("citizenTitle")}</h1>
      <p>{t("citizenIntro")}</p>
      <p>{view.consultantName ? t("yourConsultant", { name: view.consultantName }) : t("noConsultant")}</p>
      <DialogThread view={view} reader="CITIZEN" basePath="/citizen/dialog" locale={locale} />
      {view.isNewestPage ? (
        <DialogReplyForm action={sendDialogMessageAction} messageId={newRecordId(user.id)} reader="CITIZEN" view={view} draftKey={`dialog:${user.id}`} />
      ) : null}
    </div>
  );
}
