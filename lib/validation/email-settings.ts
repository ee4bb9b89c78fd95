import { z } from "zod";
import type { Role } from "@/lib/db/types";
import { FREQUENCIES, JOB_AGENT_FREQUENCIES, typesForRole } from "@/lib/mail/preferences";
import { cleanString } from "./common";

// The e-mail settings form: one radio group per notification type the role is offered
// ("freq.<TYPE>"), and for a citizen the job agent ("jobAgent"). Every group must be answered; the
// page always checks one option, so a missing value is a forged or broken form.

const choice = <T extends string>(values: readonly T[]) => cleanString("invalid").pipe(z.enum(values as [T, ...T[]], "invalid"));

export function emailSettingsSchema(role: Role) {
  const types = typesForRole(role);
  return z.object({
    frequencies: z.object(Object.fromEntries(types.map((type) => [type, choice(FREQUENCIES)]))),
    ...(role === "CITIZEN" ? { jobAgent: choice(JOB_AGENT_FREQUENCIES) } : {}),
  });
}

/** The form's values in the schema's shape; the field names are those of the page. */
export function emailSettingsInput(role: Role, formData: FormData) {
  const field = (name: string) => formData.get(name) ?? "";
  return {
    frequencies: Object.fromEntries(typesForRole(role).map((type) => [type, field(`freq.${type}`)])),
    ...(role === "CITIZEN" ? { jobAgent: field("jobAgent") } : {}),
  };
}
