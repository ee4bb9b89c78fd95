import { getTranslations } from "next-intl/server";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";

export type EventDefaults = { title: string; description: string; location: string; startsAt: string; endsAt: string; capacity: string; audience: string };

/** The event form's fields; times are `datetime-local` values in Danish time. */
export async function EventFields({ defaults }: { defaults: EventDefaults }) {
  const t = await getTranslations("consultantContent");
  const audiences = (["CITIZENS", "EMPLOYERS", "ALL"] as const).map((a) => ({ value: a, label: t(`audiences.${a}`) }));
  return (
    <>
      <TextField name="title" label={t("events.fields.title")} defaultValue={defaults.title} maxLength={200} required />
      <TextAreaField name="description" label={t("events.fields.description")} hint={t("events.fields.descriptionHint")} defaultValue={defaults.description} rows={6} maxLength={5000} />
      <TextField name="location" label={t("events.fields.location")} hint={t("events.fields.locationHint")} defaultValue={defaults.location} maxLength={200} required />
      <TextField name="startsAt" type="datetime-local" label={t("events.fields.startsAt")} hint={t("events.fields.startsAtHint")} defaultValue={defaults.startsAt} required />
      <TextField name="endsAt" type="datetime-local" label={t("events.fields.endsAt")} hint={t("events.fields.endsAtHint")} defaultValue={defaults.endsAt} />
      <TextField name="capacity" type="number" inputMode="numeric" min={1} step={1} label={t("events.fields.capacity")} hint={t("events.fields.capacityHint")} defaultValue={defaults.capacity} required className="max-w-40" />
      <SelectField name="audience" label={t("events.fields.audience")} defaultValue={defaults.audience} options={audiences} />
    </>
  );
}
