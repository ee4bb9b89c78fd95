import type { z } from "zod";
import type { StepData } from "@/lib/db/profile";
import { ACCOMMODATION_CODES } from "@/lib/matching";
import { allStrings, checkbox } from "@/lib/validation/form";
import { aboutSchema, hoursSchema, needsSchema, placeSchema, skillsSchema, visibilitySchema, wishesSchema } from "@/lib/validation/profile";
import type { Step } from "./steps";

// FormData → the step's zod schema. Field names match the step forms.

type Parsed = { success: true; value: StepData } | { success: false; error: z.ZodError; rename?: (path: string) => string | null };

/** Tag lists: entries may also be typed comma-separated into the box. */
const tags = (formData: FormData, name: string) =>
  allStrings(formData, name)
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter((s, i, all) => s && all.findIndex((x) => x.toLocaleLowerCase("da") === s.toLocaleLowerCase("da")) === i);

const str = (formData: FormData, name: string) => String(formData.get(name) ?? "");

function wrap<S extends StepData["step"]>(step: S, result: z.ZodSafeParseResult<Extract<StepData, { step: S }>["data"]>): Parsed {
  return result.success ? { success: true, value: { step, data: result.data } as StepData } : { success: false, error: result.error };
}

function readNeeds(formData: FormData) {
  const needs = ACCOMMODATION_CODES.flatMap((code) => {
    const level = formData.get(`level.${code}`);
    if (level !== "MUST" && level !== "PREFER") return [];
    return [{ code, level, note: str(formData, `note.${code}`) }];
  });
  return needs;
}

export function parseStep(step: Step, formData: FormData): Parsed {
  switch (step) {
    case "about":
      return wrap("about", aboutSchema.safeParse({ headline: str(formData, "headline"), summary: str(formData, "summary"), status: formData.get("status") }));
    case "skills":
      return wrap("skills", skillsSchema.safeParse({ skills: tags(formData, "skills") }));
    case "experience":
      return { success: true, value: { step, data: {} } };
    case "wishes":
      return wrap("wishes", wishesSchema.safeParse({ wishOccupations: tags(formData, "wishOccupations"), wishIndustries: tags(formData, "wishIndustries"), openToNewField: checkbox(formData, "openToNewField") }));
    case "hours":
      return wrap("hours", hoursSchema.safeParse({ hoursMin: str(formData, "hoursMin"), hoursMax: str(formData, "hoursMax"), availability: allStrings(formData, "availability") }));
    case "needs": {
      const needs = readNeeds(formData);
      const result = wrap("needs", needsSchema.safeParse({ needs }));
      // Errors point at "needs.<i>.note"; the form's field is "note.<code>". The copy filed under
      // "needs" names no field of the form, so it is dropped (the error summary links every key).
      const rename = (path: string) => (path === "needs" ? null : path.replace(/^needs\.(\d+)\.note$/, (_, i: string) => `note.${needs[Number(i)]?.code}`));
      return result.success ? result : { ...result, rename };
    }
    case "place":
      return wrap("place", placeSchema.safeParse({ postalCode: str(formData, "postalCode"), maxCommuteKm: str(formData, "maxCommuteKm"), remotePreference: formData.get("remotePreference") }));
    case "visibility":
      return wrap("visibility", visibilitySchema.safeParse({ visibleToEmployers: checkbox(formData, "visibleToEmployers"), summaryShareable: checkbox(formData, "summaryShareable"), showEmployerNames: checkbox(formData, "showEmployerNames") }));
  }
}
