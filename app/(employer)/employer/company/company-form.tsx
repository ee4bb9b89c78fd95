import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/form-fields";
import type { OwnCompany } from "@/lib/db/employers";
import { updateCompanyAction } from "./actions";

/** The company's own details; the CVR number and postal code are checked by the action. */
export async function CompanyForm({ company }: { company: OwnCompany }) {
  const t = await getTranslations("employerCompany");
  const optional = t("fields.optional");
  return (
    <ActionForm action={updateCompanyAction} aria-labelledby="company-profile">
      <input type="hidden" name="employerId" value={company.id} />
      <TextField label={t("fields.name")} name="name" defaultValue={company.name} autoComplete="organization" required maxLength={120} />
      <TextField label={t("fields.cvr")} hint={t("fields.cvrHint")} name="cvr" defaultValue={company.cvr} inputMode="numeric" required maxLength={12} className="max-w-48" />
      <TextField label={t("fields.industry")} hint={t("fields.industryHint")} name="industry" defaultValue={company.industry} required maxLength={120} />
      <TextField label={t("fields.address")} hint={t("fields.addressHint")} name="address" defaultValue={company.address} autoComplete="street-address" maxLength={200} />
      <TextField label={t("fields.postalCode")} name="postalCode" defaultValue={company.postalCode} inputMode="numeric" autoComplete="postal-code" required maxLength={4} className="max-w-40" />
      <fieldset className="flex flex-col gap-5">
        <legend className="mb-3 text-lg font-bold">{t("contactTitle")}</legend>
        <TextField label={t("fields.contactName")} hint={optional} name="contactName" defaultValue={company.contactName} autoComplete="name" maxLength={120} />
        <TextField label={t("fields.contactEmail")} hint={optional} name="contactEmail" type="email" defaultValue={company.contactEmail} autoComplete="email" maxLength={254} />
        <TextField label={t("fields.contactPhone")} hint={optional} name="contactPhone" type="tel" defaultValue={company.contactPhone} autoComplete="tel" maxLength={30} className="max-w-64" />
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
