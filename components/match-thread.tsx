import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/actions/result";
import type { ThreadMessage } from "@/lib/db/match-messages";
import { formatDateTime } from "@/lib/i18n/format";
import { cn } from "@/lib/ui/cn";

// The message thread of one match between the company and the job centre, with a form to write.
// The employer's and the consultant's pages both use it; each passes its own namespace (both have
// the same "thread" keys, worded for that side) and its own role-guarded action.

type Props = {
  matchId: string;
  messages: ThreadMessage[];
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
  namespace: "employerMatches" | "consultantQueue";
};

export async function MatchThread({ matchId, messages, action, namespace }: Props) {
  const [t, locale] = await Promise.all([getTranslations(`${namespace}.thread`), getLocale()]);
  const author = (m: ThreadMessage) => (m.mine ? t("you") : m.author ? `${m.author.name} (${t(`roles.${m.author.role}`)})` : t("unknownAuthor"));
  return (
    <section aria-labelledby="thread-title" className="flex flex-col gap-4">
      <h2 id="thread-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {messages.map((m) => (
            <li key={m.id} className={cn("rounded-md border p-3", m.mine ? "border-brand-700 bg-brand-50 sm:ml-8" : "border-gray-300 bg-white sm:mr-8")}>
              {/* Who wrote it is said in words, not by the side or colour of the bubble. */}
              <p className="text-sm">
                <span className="font-semibold">{author(m)}</span>
                {", "}
                <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, locale)}</time>
              </p>
              <p className="mt-1 break-words whitespace-pre-line">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      <ActionForm action={action} className="gap-3">
        <input type="hidden" name="matchId" value={matchId} />
        <TextAreaField label={t("write")} name="body" id={`thread-${matchId}-body`} maxLength={2000} />
        <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
