import { z } from "zod";

/** A record id from a form or URL (cuid/uuid-like): anything else is not found, not a database error. */
export const idSchema = z.string("idInvalid").trim().min(1, "idInvalid").max(64, "idInvalid").regex(/^[A-Za-z0-9_-]+$/, "idInvalid");

// C0 control characters and DEL, except tab, line feed and carriage return. None belongs in text
// people read, and PostgreSQL cannot store a NUL byte at all (it answered with error 22021, which
// became a 500). Removed rather than refused: they are never typed, only pasted or forged.
// Also the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a title they
// can make text read backwards ("Trojan Source"), and nobody types them.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

export function stripControlCharacters(value: string): string {
  return value.replace(CONTROL_CHARACTERS, "");
}

/**
 * The string schema for everything a person types (every form and query schema starts here):
 * control characters are removed before any other check, so `.trim().min()` see the clean text.
 */
export function cleanString(message?: string) {
  return z.string(message).overwrite(stripControlCharacters);
}

/** Dates people enter (events, placements, follow-ups) must fall in these years; 9999 is a typo. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export function isSaneYear(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}
