import { z } from "zod";
import { cleanString } from "./common";
import { ACCOMMODATION_CODES, isAccommodationCode, isSlot, postalIndex, SLOTS } from "@/lib/matching";
import { allStrings, checkbox } from "./form";

// An employer's job opening (stilling). Messages are keys in messages/*/openings.json ("errors.*").
// Hours, slots, codes and postal codes follow the same rules as the citizen's profile, so every
// opening can be matched against every profile.

const text = (max: number) => cleanString().trim().max(max, "tooLong");
// No control characters (NUL, the unit separator the ranking pools use to pass lists, …) in a word.
const tagList = z.array(cleanString().trim().min(1, "tagInvalid").max(60, "tagTooLong").regex(/^\P{Cc}*$/u, "tagInvalid")).max(40, "tooManyTags");
/** Empty optional text is stored as null ("not given"), not as "". */
const optionalText = (max: number) => text(max).transform((v) => (v === "" ? null : v));

/** "7,5" and "7.5" are both half-hour steps; from 1 hour (mini-fleksjob) to full time. */
const hours = z
  .string("hoursRequired")
  .trim()
  .min(1, "hoursRequired")
  .transform((v) => Number(v.replace(",", ".")))
  .pipe(z.number("hoursNumber").min(1, "hoursMin").max(37, "hoursMax").multipleOf(0.5, "hoursStep"));

/** One task per line of the text area; blank lines are dropped. */
const tasks = z
  .string()
  .max(6000, "tooLong")
  .transform((v) =>
    v
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .pipe(z.array(cleanString().max(200, "taskTooLong")).max(30, "tooManyTasks"));

const positions = z
  .string("positionsRequired")
  .trim()
  .min(1, { message: "positionsRequired", abort: true })
  .regex(/^\d+$/, { message: "positionsWhole", abort: true })
  .transform(Number)
  .pipe(z.number().int("positionsWhole").min(1, "positionsRange").max(100, "positionsRange"));

export const openingSchema = z
  .object({
    title: text(120).min(1, "titleRequired"),
    description: text(4000),
    tasks,
    requiredSkills: tagList,
    preferredSkills: tagList,
    occupation: optionalText(120),
    industry: optionalText(120),
    hoursMin: hours,
    hoursMax: hours,
    schedule: z.array(cleanString().refine(isSlot, "slotInvalid")).max(SLOTS.length),
    accommodations: z.array(cleanString().refine(isAccommodationCode, "accommodationInvalid")).max(ACCOMMODATION_CODES.length),
    postalCode: z
      .string("postalFormat")
      .trim()
      .regex(/^\d{4}$/, { message: "postalFormat", abort: true })
      .refine((c) => postalIndex(c) >= 0, "postalUnknown"),
    remotePossible: z.boolean(),
    positions,
  })
  .refine((v) => v.hoursMin <= v.hoursMax, { message: "hoursOrder", path: ["hoursMax"] });

/** What the form sends (all strings), before parsing. */
export type OpeningFormInput = z.input<typeof openingSchema>;
/** A valid opening, ready for lib/db. */
export type OpeningInput = z.output<typeof openingSchema>;

const str = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const unique = (values: string[]) => values.filter((v, i) => values.indexOf(v) === i);

/** Tag lists: entries may also be typed comma-separated; duplicates (any case) are dropped. */
const tags = (formData: FormData, name: string) =>
  allStrings(formData, name)
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter((s, i, all) => s && all.findIndex((x) => x.toLocaleLowerCase("da") === s.toLocaleLowerCase("da")) === i);

/** FormData → the schema's input. Field names match the opening form. */
export function readOpeningForm(formData: FormData): OpeningFormInput {
  return {
    title: str(formData, "title"),
    description: str(formData, "description"),
    tasks: str(formData, "tasks"),
    requiredSkills: tags(formData, "requiredSkills"),
    preferredSkills: tags(formData, "preferredSkills"),
    occupation: str(formData, "occupation"),
    industry: str(formData, "industry"),
    hoursMin: str(formData, "hoursMin"),
    hoursMax: str(formData, "hoursMax"),
    schedule: unique(allStrings(formData, "schedule")),
    accommodations: unique(allStrings(formData, "accommodations")),
    postalCode: str(formData, "postalCode"),
    remotePossible: checkbox(formData, "remotePossible"),
    positions: str(formData, "positions"),
  };
}

/** Ids arrive in hidden inputs; anything else means a tampered or stale form. */
export const openingIdSchema = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export const OPENING_STATUSES = ["DRAFT", "OPEN", "FILLED", "CLOSED"] as const;
export type OpeningStatusValue = (typeof OPENING_STATUSES)[number];

/**
 * The lifecycle: a draft is published once; an open opening is closed or filled; a closed or
 * filled one can be opened again. Nothing goes back to draft, because citizens may have seen it.
 */
export const OPENING_TRANSITIONS: Record<OpeningStatusValue, readonly OpeningStatusValue[]> = {
  DRAFT: ["OPEN"],
  OPEN: ["CLOSED", "FILLED"],
  CLOSED: ["OPEN"],
  FILLED: ["OPEN"],
};

export function canTransition(from: OpeningStatusValue, to: OpeningStatusValue): boolean {
  return OPENING_TRANSITIONS[from].includes(to);
}

/** The buttons on an opening's page, each one step of the lifecycle. */
export const STATUS_ACTIONS = { publish: "OPEN", close: "CLOSED", fill: "FILLED", reopen: "OPEN" } as const satisfies Record<string, OpeningStatusValue>;
export type StatusAction = keyof typeof STATUS_ACTIONS;

/** The buttons an opening in this status shows ("reopen" only for a closed or filled one). */
export function statusActionsFor(status: OpeningStatusValue): StatusAction[] {
  return (Object.keys(STATUS_ACTIONS) as StatusAction[]).filter(
    (action) => canTransition(status, STATUS_ACTIONS[action]) && (action === "publish") === (status === "DRAFT"),
  );
}

export const statusChangeSchema = z.object({ id: openingIdSchema, step: z.enum(["publish", "close", "fill", "reopen"]) });
