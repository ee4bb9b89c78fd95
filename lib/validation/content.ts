import { z } from "zod";
import { cleanString, isSaneYear } from "./common";

// The consultant's events, articles and company notes. Messages are keys under "errors.*" in
// messages/*/consultantContent.json (events, articles) and consultantCompanies.json (notes).
// Text is shown to citizens and employers, so every field is bounded.

const TZ = "Europe/Copenhagen";
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Copenhagen's offset from UTC in milliseconds at an instant (+1 h in winter, +2 h in summer). */
function offsetAt(instant: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: TZ,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"));
  return wall - Math.floor(instant / 60_000) * 60_000;
}

/**
 * A `datetime-local` value ("2026-03-02T10:00"), read as Danish wall-clock time, as a UTC Date.
 * Null for anything that is not a real date and time. The offset is looked up at the guessed
 * instant and once more at the result, so times next to a daylight-saving switch land right.
 */
export function copenhagenLocalToUtc(value: string): Date | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (!isSaneYear(y)) return null;
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(naive);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  const first = naive - offsetAt(naive);
  const second = naive - offsetAt(first);
  return new Date(second);
}

/** A UTC Date as the `datetime-local` value a Danish user expects to see in the form. */
export function utcToCopenhagenLocal(date: Date): string {
  const local = new Date(date.getTime() + offsetAt(date.getTime()));
  return local.toISOString().slice(0, 16);
}

const text = (max: number) => cleanString("tooLong").trim().max(max, "tooLong");

/** Ids from hidden inputs: only their shape is checked here; lib/db scopes them to the actor. */
export const contentIdSchema = z.string("idInvalid").trim().min(1, "idInvalid").max(64, "idInvalid").regex(/^[A-Za-z0-9_-]+$/, "idInvalid");

export const audienceSchema = z.enum(["CITIZENS", "EMPLOYERS", "ALL"], "audienceInvalid");

const requiredDateTime = z
  .string("startsAtRequired")
  .trim()
  .min(1, { message: "startsAtRequired", abort: true })
  .transform((v, ctx) => copenhagenLocalToUtc(v) ?? (ctx.addIssue({ code: "custom", message: "dateTimeInvalid" }), z.NEVER));

const optionalDateTime = z
  .string("dateTimeInvalid")
  .trim()
  .transform((v, ctx) => (v === "" ? null : (copenhagenLocalToUtc(v) ?? (ctx.addIssue({ code: "custom", message: "dateTimeInvalid" }), z.NEVER))));

/** Capacity as typed: whole number from 1 (lib/db also keeps it at or above the sign-ups). */
const capacity = z
  .string("capacityInvalid")
  .trim()
  .regex(/^\d{1,6}$/, { message: "capacityInvalid", abort: true })
  .transform(Number)
  .pipe(z.number().int().min(1, "capacityMin").max(10_000, "capacityMax"));

export const eventSchema = z
  .object({
    title: text(200).min(1, "titleRequired"),
    description: text(5000),
    location: text(200).min(1, "locationRequired"),
    startsAt: requiredDateTime,
    endsAt: optionalDateTime,
    capacity,
    audience: audienceSchema,
  })
  .refine((e) => !e.endsAt || e.endsAt > e.startsAt, { message: "endsBeforeStart", path: ["endsAt"] });

export type EventInput = z.output<typeof eventSchema>;

/**
 * Only https links, as the form's hint says: the citizen pages link to the video, other schemes
 * could run script, and a plain http link would take the citizen to a page anyone on the way can change.
 */
const videoUrl = z
  .string("videoUrlInvalid")
  .trim()
  .max(500, "tooLong")
  .refine((v) => v === "" || isHttpsUrl(v), "videoUrlInvalid")
  .transform((v) => (v === "" ? null : v));

function isHttpsUrl(v: string): boolean {
  try {
    const url = new URL(v);
    return url.protocol === "https:" && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const articleSchema = z.object({
  title: text(200).min(1, "titleRequired"),
  summary: text(500),
  body: text(20_000),
  videoUrl,
  audience: audienceSchema,
});

export type ArticleInput = z.output<typeof articleSchema>;

export const publishSchema = z.object({ id: contentIdSchema, publish: z.enum(["1", "0"], "idInvalid").transform((v) => v === "1") });

export const companyNoteSchema = z.object({
  employerId: contentIdSchema,
  body: cleanString("bodyRequired").trim().min(1, "bodyRequired").max(4000, "tooLong"),
});

/** The fields of an event or article form, as strings for the schemas above. */
export function readForm<K extends string>(formData: FormData, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? "")])) as Record<K, string>;
}

export const EVENT_FIELDS = ["title", "description", "location", "startsAt", "endsAt", "capacity", "audience"] as const;
export const ARTICLE_FIELDS = ["title", "summary", "body", "videoUrl", "audience"] as const;
