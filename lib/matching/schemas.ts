// Input shapes of the engine, identical to the command line's JSON. Validation lives here
// so the CLI, the app's adapter and tests reject the same things with the same paths.
import { z } from "zod";
import { isAccommodationCode, isSlot } from "./vocabulary";

/** Weekly hours are agreed in half hours; mini-fleksjob of 1–2 h are normal. */
const hours = z
  .number()
  .min(0)
  .max(80)
  .refine((h) => Number.isInteger(h * 2), { message: "hours must be a multiple of 0.5" });

export const WeeklyHoursSchema = z
  .object({ min: hours, max: hours })
  .refine((h) => h.min <= h.max, { message: "min is greater than max", path: ["min"] });

const id = z.string().trim().min(1).max(200);
const text = z.string().trim().min(1).max(200);
const postalCode = z.string().regex(/^\d{4}$/, { message: "postal code must be four digits" });

const slot = z.string().refine(isSlot, {
  message: "unknown slot (expected <day>-<part>, e.g. mon-morning)",
});

const accommodationCode = z.string().refine(isAccommodationCode, {
  message: "unknown accommodation code",
});

export const OpeningSchema = z.object({
  id,
  title: text,
  weeklyHours: WeeklyHoursSchema,
  schedule: z.array(slot).max(28).optional(),
  requiredSkills: z.array(text).max(50).optional(),
  preferredSkills: z.array(text).max(50).optional(),
  occupation: text.optional(),
  industry: text.optional(),
  accommodations: z.array(accommodationCode).max(64),
  postalCode,
  remote: z.boolean().optional(),
});

export const NeedSchema = z.object({
  code: accommodationCode,
  level: z.enum(["must", "prefer"]),
});

export const WishesSchema = z.object({
  occupations: z.array(text).max(20).optional(),
  industries: z.array(text).max(20).optional(),
  openToNewField: z.boolean().optional(),
});

export const CandidateSchema = z.object({
  id,
  weeklyHours: WeeklyHoursSchema,
  availability: z.array(slot).max(28).optional(),
  skills: z.array(text).max(100),
  wishes: WishesSchema.optional(),
  needs: z.array(NeedSchema).max(64),
  postalCode,
  maxCommuteKm: z.number().min(0).max(1000).optional(),
});

function uniqueIds(list: { id: string }[], ctx: z.RefinementCtx, key: string) {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: "custom", message: `duplicate id "${item.id}"`, path: [key, i, "id"] });
    }
    seen.add(item.id);
  });
}

export const MatchInputSchema = z
  .object({
    openings: z.array(OpeningSchema),
    candidates: z.array(CandidateSchema),
  })
  .superRefine((input, ctx) => {
    uniqueIds(input.openings, ctx, "openings");
    uniqueIds(input.candidates, ctx, "candidates");
  });

export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;
export type Opening = z.infer<typeof OpeningSchema>;
export type Candidate = z.infer<typeof CandidateSchema>;
export type Need = z.infer<typeof NeedSchema>;
export type MatchInput = z.infer<typeof MatchInputSchema>;

/** "candidates[0].weeklyHours.min" from zod's path array. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(root)";
}
