import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, SubmitButton, TextAreaField } from "@/components/ui/form-fields";
import { requestContactAction } from "../actions";

/** "Bed om kontakt": a short message to the job center about one of the company's open jobs. */
export async function ContactForm({ citizenId, openings, openingId }: { citizenId: string; openings: { id: string; title: string }[]; openingId?: string }) {
  const t = await getTranslations("candidates.detail");
  const preselected = openings.some((o) => o.id === openingId) ? openingId : openings[0]?.id;
  return (
    <Card aria-labelledby="contact-title" className="flex flex-col gap-3">
      <h2 id="contact-title" className="text-xl font-bold">
        {t("contactTitle")}
      </h2>
      <p>{t("contactIntro")}</p>
      {openings.length === 0 ? (
        <>
          <p className="font-semibold">{t("noOpenOpenings")}</p>
          <Button asChild variant="secondary" className="self-start">
            <Link href="/employer/openings">{t("openingsLink")}</Link>
          </Button>
        </>
      ) : (
        <ActionForm action={requestContactAction}>
          <input type="hidden" name="candidate" value={citizenId} />
          <SelectField label={t("openingField")} name="openingId" defaultValue={preselected} options={openings.map((o) => ({ value: o.id, label: o.title }))} />
          <TextAreaField label={t("message")} hint={t("messageHint")} name="message" maxLength={1000} required aria-required="true" />
          <SubmitButton pendingLabel={t("sending")}>{t("button")}</SubmitButton>
        </ActionForm>
      )}
    </Card>
  );
}
