import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import { formatDateTime } from "@/lib/i18n/format";
import { addCompanyNoteAction } from "../actions";

type Note = { id: string; body: string; createdAt: Date; authorName: string | null };

/** The job centre's note log for a company, newest first, with the form to add one. */
export async function CompanyNotes({ employerId, notes }: { employerId: string; notes: Note[] }) {
  const [t, locale] = await Promise.all([getTranslations("consultantCompanies"), getLocale()]);
  return (
    <Card aria-labelledby="company-notes-title" className="flex flex-col gap-4">
      <h2 id="company-notes-title" className="text-xl font-bold">
        {t("detail.notes")}
      </h2>
      <p>{t("detail.notesIntro")}</p>
      <section aria-labelledby="company-note-form-title">
        <h3 id="company-note-form-title" className="mb-2 text-lg font-bold">
          {t("note.title")}
        </h3>
        <ActionForm action={addCompanyNoteAction}>
          <input type="hidden" name="employerId" value={employerId} />
          <TextAreaField name="body" label={t("note.label")} hint={t("note.hint")} maxLength={4000} />
          <SubmitButton pendingLabel={t("note.saving")}>{t("note.submit")}</SubmitButton>
        </ActionForm>
      </section>
      {notes.length === 0 ? (
        <p>{t("detail.noNotes")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {notes.map((n) => (
            <li key={n.id} className="rounded-md border border-gray-200 p-3">
              <p className="text-sm font-semibold text-gray-700">
                {t("detail.noteBy", { author: n.authorName ?? t("detail.unknownAuthor"), time: formatDateTime(n.createdAt, locale) })}
              </p>
              <p className="break-words whitespace-pre-line">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
