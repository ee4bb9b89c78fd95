import { z } from "zod";
import { cleanString } from "./common";
import { ACCOMMODATION_CODES, isSlot, postalIndex } from "@/lib/matching";

// The citizen's profile, one schema per wizard step. Messages are keys in messages/*/profile.json
// ("errors.*"). Limits are generous but finite: free text is stored and shown to others.

const text = (max: number) => cleanString().trim().max(max, "tooLong");
// No control characters (NUL, the unit separator the ranking pools use to pass lists, …) in a word.
const tagList = z.array(cleanString().trim().min(1, "tagInvalid").max(60, "tagTooLong").regex(/^\P{Cc}*$/u, "tagInvalid")).max(40, "tooManyTags");

/** "7,5" and "7.5" are both half-hour steps. */
const hours = z
  .string("hoursRequired")
  .trim()
  .min(1, "hoursRequired")
  .transform((v) => Number(v.replace(",", ".")))
  .pipe(z.number("hoursNumber").min(1, "hoursMin").max(37, "hoursMax").multipleOf(0.5, "hoursStep"));

export const aboutSchema = z.object({
  headline: text(120).min(1, "headlineRequired"),
  summary: text(1500),
  status: z.enum(["SEEKING", "EMPLOYED_WANTS_CHANGE", "PAUSED"], "statusInvalid"),
});

export const skillsSchema = z.object({ skills: tagList });

export const wishesSchema = z.object({
  wishOccupations: tagList,
  wishIndustries: tagList,
  openToNewField: z.boolean(),
});

export const hoursSchema = z
  .object({
    hoursMin: hours,
    hoursMax: hours,
    availability: z.array(cleanString().refine(isSlot, "slotInvalid")).max(28),
  })
  .refine((v) => v.hoursMin <= v.hoursMax, { message: "hoursOrder", path: ["hoursMax"] });

const needCode = cleanString().refine((c) => ACCOMMODATION_CODES.includes(c), "needInvalid");

export const needsSchema = z.object({
  needs: z
    .array(z.object({ code: needCode, level: z.enum(["MUST", "PREFER"]), note: text(500) }))
    .max(ACCOMMODATION_CODES.length),
});

export const placeSchema = z.object({
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, { message: "postalFormat", abort: true })
    .refine((c) => postalIndex(c) >= 0, "postalUnknown"),
  maxCommuteKm: z.preprocess(
    (v) => (v === "" || v === null ? null : v),
    z.coerce.number({ error: "kmNumber" }).int("kmNumber").min(1, "kmRange").max(300, "kmRange").nullable(),
  ),
  remotePreference: z.enum(["ONSITE", "EITHER", "REMOTE"], "remoteInvalid"),
});

export const visibilitySchema = z.object({
  visibleToEmployers: z.boolean(),
  summaryShareable: z.boolean(),
  showEmployerNames: z.boolean(),
});

const year = z.preprocess(
  (v) => (v === "" || v === null ? null : v),
  z.coerce.number({ error: "yearInvalid" }).int("yearInvalid").min(1940, "yearInvalid").max(2100, "yearInvalid").nullable(),
);

export const experienceSchema = z
  .object({
    title: text(120).min(1, "titleRequired"),
    employerName: text(120),
    fromYear: year,
    toYear: year,
    description: text(1000),
  })
  .refine((v) => v.fromYear === null || v.toYear === null || v.fromYear <= v.toYear, { message: "yearOrder", path: ["toYear"] });

export const educationSchema = z.object({
  title: text(120).min(1, "titleRequired"),
  institution: text(120),
  year,
});

export type AboutInput = z.infer<typeof aboutSchema>;
export type SkillsInput = z.infer<typeof skillsSchema>;
export type WishesInput = z.infer<typeof wishesSchema>;
export type HoursInput = z.infer<typeof hoursSchema>;
export type NeedsInput = z.infer<typeof needsSchema>;
export type PlaceInput = z.infer<typeof placeSchema>;
export type VisibilityInput = z.infer<typeof visibilitySchema>;
export type ExperienceInput = z.infer<typeof experienceSchema>;
export type EducationInput = z.infer<typeof educationSchema>;

export const invitationSchema = z
  .object({
    token: cleanString().min(10).max(200),
    password: z.string().min(10, "passwordShort").max(200, "passwordLong"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "passwordMismatch", path: ["confirm"] });
