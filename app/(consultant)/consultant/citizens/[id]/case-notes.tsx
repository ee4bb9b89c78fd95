import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import type { CaseNote } from "@/lib/db/case-notes";
import { formatDateTime } from "@/lib/i18n/format";
import { addCaseNoteAction } from "./actions";

type Props = { profileId: string; newId: string; notes: CaseNote[]; page: number; pages: number };

/**
 * The journal: the job centre's own notes on the citizen, newest first, ten a page. Notes cannot
 * be changed; a correction is a new note. The form carries a fresh id per render, so a double
 * submit saves one note.
 */
export async function CaseNotes({ profileId, newId, notes, page, pages }: Props) {
  const [t, locale] = await Promise.all([getTranslations("consultantTools.notes"), getLocale()]);
  const href = (n: number) => `/consultant/citizens/${encodeURIComponent(profileId)}${n > 1 ? `?notes=${n}` : ""}#case-notes`;
  const link = "inline-flex min-h-11 items-center font-semibold";
  return (
    <Card aria-labelledby="case-notes" className="flex flex-col gap-4">
      <h2 id="case-notes" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <ActionForm action={addCaseNoteAction}>
        <input type="hidden" name="profileId" value={profileId} />
        <input type="hidden" name="id" value={newId} />
        <TextAreaField name="body" id="case-note-body" label={t("label")} hint={t("hint")} maxLength={4000} required />
        <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
      </ActionForm>
      {notes.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label={t("listLabel")}>
          {notes.map((n) => (
            <li key={n.id} className="rounded-md border border-gray-200 p-3">
              <p className="text-sm font-semibold text-gray-700">
                {t("by", { author: n.authorName ?? t("unknownAuthor"), time: formatDateTime(n.createdAt, locale) })}
              </p>
              <p className="break-words whitespace-pre-line">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pagesLabel")} className="flex flex-wrap items-center gap-3">
          {page > 1 ? <Link href={href(page - 1)} className={link}>{t("newer")}</Link> : null}
          <p>{t("page", { page, pages })}</p>
          {page < pages ? <Link href={href(page + 1)} className={link}>{t("older")}</Link> : null}
        </nav>
      ) : null}
    </Card>
  );
}
