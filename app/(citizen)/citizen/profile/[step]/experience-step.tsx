import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField, TextField } from "@/components/ui/form-fields";
import type { ProfileForEditing } from "@/lib/db/profile";
import { addEducationAction, addExperienceAction, removeEntryAction } from "../actions";
import { draftKey } from "../steps";
import { StepForm } from "./step-form";

const years = (from: number | null, to: number | null) => [from, to].filter((y) => y !== null).join("–");

/** Entries are added and removed one at a time (each saved at once); "next" records progress. */
export async function ExperienceStep({ profile }: { profile: ProfileForEditing }) {
  const t = await getTranslations("profile");
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="experience-title" className="flex flex-col gap-4">
        <h2 id="experience-title" className="text-xl font-bold">{t("experience.title")}</h2>
        <EntryList
          kind="experience"
          empty={t("experience.none")}
          removeLabel={(title) => t("removeEntry", { title })}
          entries={profile.experience.map((e) => ({ id: e.id, title: e.title, detail: [e.employerName, years(e.fromYear, e.toYear)].filter(Boolean).join(", ") }))}
        />
        <ActionForm action={addExperienceAction} draftKey={draftKey(profile.userId, "experience-add")} className="rounded-lg border border-gray-300 p-4">
          <h3 className="text-lg font-bold">{t("experience.add")}</h3>
          <TextField label={t("experience.jobTitle")} hint={t("experience.jobTitleHint")} name="title" required maxLength={120} />
          <TextField label={t("experience.employer")} hint={t("experience.employerHint")} name="employerName" maxLength={120} />
          <div className="grid grid-cols-2 gap-4">
            <TextField label={t("experience.from")} name="fromYear" inputMode="numeric" maxLength={4} />
            <TextField label={t("experience.to")} name="toYear" inputMode="numeric" maxLength={4} />
          </div>
          <TextAreaField label={t("experience.description")} name="description" rows={3} maxLength={1000} />
          <SubmitButton variant="secondary" pendingLabel={t("saving")}>{t("experience.submit")}</SubmitButton>
        </ActionForm>
      </section>
      <section aria-labelledby="education-title" className="flex flex-col gap-4">
        <h2 id="education-title" className="text-xl font-bold">{t("education.title")}</h2>
        <EntryList
          kind="education"
          empty={t("education.none")}
          removeLabel={(title) => t("removeEntry", { title })}
          entries={profile.education.map((e) => ({ id: e.id, title: e.title, detail: [e.institution, e.year].filter(Boolean).join(", ") }))}
        />
        <ActionForm action={addEducationAction} draftKey={draftKey(profile.userId, "education-add")} className="rounded-lg border border-gray-300 p-4">
          <h3 className="text-lg font-bold">{t("education.add")}</h3>
          <TextField id="field-education-title" label={t("education.name")} hint={t("education.nameHint")} name="title" required maxLength={120} />
          <TextField label={t("education.institution")} name="institution" maxLength={120} />
          <TextField id="field-education-year" label={t("education.year")} name="year" inputMode="numeric" maxLength={4} className="max-w-40" />
          <SubmitButton variant="secondary" pendingLabel={t("saving")}>{t("education.submit")}</SubmitButton>
        </ActionForm>
      </section>
      <StepForm step="experience" userId={profile.userId}>
        <p>{t("experience.moveOn")}</p>
      </StepForm>
    </div>
  );
}

function EntryList({ kind, entries, empty, removeLabel }: { kind: "experience" | "education"; entries: { id: string; title: string; detail: string }[]; empty: string; removeLabel: (title: string) => string }) {
  if (entries.length === 0) return <p className="text-gray-700">{empty}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {entries.map((e) => (
        <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-gray-300 p-3">
          <span>
            <span className="font-semibold">{e.title}</span>
            {e.detail ? <span className="block text-sm text-gray-700">{e.detail}</span> : null}
          </span>
          <ActionForm action={removeEntryAction} className="gap-1">
            <input type="hidden" name="kind" value={kind} />
            <input type="hidden" name="id" value={e.id} />
            <SubmitButton variant="secondary">
              {removeLabel(e.title)}
            </SubmitButton>
          </ActionForm>
        </li>
      ))}
    </ul>
  );
}
