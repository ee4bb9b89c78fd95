import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { SelectField, SubmitButton } from "@/components/ui/form-fields";
import type { Handover } from "@/lib/db/handovers";
import { formatDateTime } from "@/lib/i18n/format";
import { handOverAction } from "./actions";

type Props = {
  profileId: string;
  consultant: { id: string; name: string } | null;
  colleagues: { id: string; name: string }[];
  handovers: Handover[];
};

/**
 * The consultant's tools on the file: propose a job (the chooser has its own page), and hand the
 * citizen over to a colleague, with the history of handovers.
 */
export async function ConsultantTools({ profileId, consultant, colleagues, handovers }: Props) {
  const [t, locale] = await Promise.all([getTranslations("consultantTools"), getLocale()]);
  const others = colleagues.filter((c) => c.id !== consultant?.id);
  return (
    <Card aria-labelledby="consultant-tools" className="flex flex-col gap-4">
      <h2 id="consultant-tools" className="text-xl font-bold">
        {t("title")}
      </h2>
      <section aria-labelledby="propose-job" className="flex flex-col gap-2">
        <h3 id="propose-job" className="text-lg font-bold">
          {t("propose.title")}
        </h3>
        <p>{t("propose.explain")}</p>
        <Link href={`/consultant/citizens/${encodeURIComponent(profileId)}/propose`} className="inline-flex min-h-11 items-center self-start font-semibold">
          {t("propose.open")}
        </Link>
      </section>
      <section aria-labelledby="handover" className="flex flex-col gap-2">
        <h3 id="handover" className="text-lg font-bold">
          {t("handover.title")}
        </h3>
        <p>{consultant ? t("handover.current", { name: consultant.name }) : t("handover.noCurrent")}</p>
        {others.length === 0 ? (
          <p>{t("handover.noColleagues")}</p>
        ) : (
          <ActionForm action={handOverAction} className="gap-3">
            <input type="hidden" name="profileId" value={profileId} />
            <input type="hidden" name="fromId" value={consultant?.id ?? ""} />
            <SelectField
              name="toId"
              id="handover-to"
              label={t("handover.label")}
              hint={t("handover.hint")}
              required
              options={[{ value: "", label: t("handover.choose") }, ...others.map((c) => ({ value: c.id, label: c.name }))]}
            />
            <SubmitButton pendingLabel={t("handover.pending")}>{t("handover.submit")}</SubmitButton>
          </ActionForm>
        )}
        {handovers.length > 0 ? (
          <>
            <h4 className="font-bold">{t("handover.history")}</h4>
            <ol className="flex flex-col gap-1">
              {handovers.map((h) => (
                <li key={h.id}>
                  {t("handover.entry", { time: formatDateTime(h.createdAt, locale), from: h.from ?? t("handover.nobody"), to: h.to ?? t("handover.unknown"), by: h.by ?? t("handover.unknown") })}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>
    </Card>
  );
}
