import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { CheckboxField, SubmitButton } from "@/components/ui/form-fields";
import type { OwnMatch } from "@/lib/db/citizen-matches";
import { answerContactRequestAction } from "./actions";

/**
 * An employer's contact request, approved by the consultant, waiting for the citizen's yes or no.
 * After the answer the card stays a little while (see the page) with both forms still mounted, so
 * the thank-you message is not lost when the page refreshes.
 */
export async function ContactRequest({ match }: { match: OwnMatch }) {
  const t = await getTranslations("matches.pending");
  const titleId = `request-${match.id}-title`;
  const waiting = match.status === "APPROVED";
  const company = match.opening.employer.name;
  const form = (accept: "yes" | "no") => (
    <ActionForm action={answerContactRequestAction} className="gap-3">
      <input type="hidden" name="matchId" value={match.id} />
      <input type="hidden" name="accept" value={accept} />
      {waiting && accept === "yes" ? <CheckboxField name="confirm" id={`confirm-${match.id}`} label={t("confirm", { company })} /> : null}
      {waiting ? (
        <SubmitButton variant={accept === "yes" ? "primary" : "secondary"} pendingLabel={t("sending")}>
          {accept === "yes" ? t("yes") : t("no")}
          {/* Several requests can wait at once: the job in the name keeps the buttons apart. */}
          <span className="sr-only">: {match.opening.title}</span>
        </SubmitButton>
      ) : null}
    </ActionForm>
  );
  return (
    <Card aria-labelledby={titleId} className="flex flex-col gap-3 border-2 border-brand-700">
      <h3 id={titleId} className="text-lg font-bold break-words">
        {company}: {match.opening.title}
      </h3>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("company")}</dt>
        <dd className="break-words">{company}</dd>
        <dt className="font-semibold">{t("job")}</dt>
        <dd className="break-words">{match.opening.title}</dd>
        <dt className="font-semibold">{t("message")}</dt>
        <dd className="break-words whitespace-pre-line">{match.contactRequest || t("noMessage")}</dd>
        {match.status !== "REJECTED" && match.decisionNote ? (
          <>
            <dt className="font-semibold">{t("consultantMessage")}</dt>
            <dd className="break-words whitespace-pre-line">{match.decisionNote}</dd>
          </>
        ) : null}
      </dl>
      <p>{t("explain")}</p>
      {waiting ? (
        <p className="font-semibold">{t("question", { company })}</p>
      ) : (
        <p className="self-start rounded-md border-2 border-brand-700 bg-brand-50 px-3 py-2 font-semibold">
          <span aria-hidden="true">✓ </span>
          {match.status === "CITIZEN_ACCEPTED" ? t("answeredYes") : t("answeredNo")}
        </p>
      )}
      <div className="flex flex-wrap items-end gap-3">
        {form("yes")}
        {form("no")}
      </div>
    </Card>
  );
}
