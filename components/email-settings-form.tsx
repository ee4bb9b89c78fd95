import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/db/audit";
import { getEmailSettings, type EmailSettings } from "@/lib/db/email-preferences";
import { FREQUENCIES, JOB_AGENT_FREQUENCIES } from "@/lib/mail/preferences";

// The e-mail settings page, the same for every role: each role's page checks the role and passes
// its own action, which checks it again. One radio group per notification type, named by the type's
// title as the messages page shows it, and the job agent for citizens.

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

/** The page's content for the signed-in user (already checked by the page). */
export async function EmailSettingsPage({ user, action }: { user: Actor & { email: string }; action: Action }) {
  const [settings, t] = await Promise.all([getEmailSettings(user), getTranslations("emailSettings")]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <EmailSettingsForm settings={settings} email={user.email} action={action} />
    </div>
  );
}

function Choice({ name, value, label, checked }: { name: string; value: string; label: string; checked: boolean }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-gray-400 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold">
      <input type="radio" name={name} value={value} defaultChecked={checked} className="size-5 accent-brand-700" />
      {label}
    </label>
  );
}

async function EmailSettingsForm({ settings, email, action }: { settings: EmailSettings; email: string; action: Action }) {
  const t = await getTranslations("emailSettings");
  return (
    <ActionForm action={action} className="flex flex-col gap-6">
      <section aria-labelledby="email-types" className="flex flex-col gap-4">
        <h2 id="email-types" className="text-xl font-bold">
          {t("typesTitle")}
        </h2>
        <p>{t("sentTo", { email })}</p>
        {settings.frequencies.map(({ type, frequency }) => (
          <fieldset key={type} className="flex flex-col gap-2 border-t border-gray-200 pt-3">
            <legend className="font-semibold">{t(`typeLabels.${type}`)}</legend>
            <div className="flex flex-wrap gap-2">
              {FREQUENCIES.map((f) => (
                <Choice key={f} name={`freq.${type}`} value={f} label={t(`frequency.${f}`)} checked={f === frequency} />
              ))}
            </div>
          </fieldset>
        ))}
      </section>
      {settings.jobAgent ? (
        <section aria-labelledby="job-agent" className="flex flex-col gap-3">
          <h2 id="job-agent" className="text-xl font-bold">
            {t("jobAgent.title")}
          </h2>
          <p>{t("jobAgent.intro")}</p>
          <fieldset className="flex flex-col gap-2">
            <legend className="font-semibold">{t("jobAgent.legend")}</legend>
            <div className="flex flex-wrap gap-2">
              {JOB_AGENT_FREQUENCIES.map((f) => (
                <Choice key={f} name="jobAgent" value={f} label={t(`jobAgent.${f}`)} checked={f === settings.jobAgent} />
              ))}
            </div>
          </fieldset>
        </section>
      ) : null}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
