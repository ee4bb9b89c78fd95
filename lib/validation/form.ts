import type { z } from "zod";

// Shared helpers for server actions: read a FormData into plain values for zod, and turn zod's
// issues (whose messages are translation keys) into one translated message per field.

/** Field name → first translated message. Nested paths are joined with dots ("needs.0.note"). */
export function toFieldErrors(error: z.ZodError, t: (key: string) => string): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    const message = t(issue.message);
    fieldErrors[field] ??= message;
    // Also under the top-level name, so a group (a grid of checkboxes) can show its error.
    if (issue.path.length > 1) fieldErrors[String(issue.path[0])] ??= message;
  }
  return fieldErrors;
}

/** No field of ours takes more than this (an article body, 20,000); longer values are forged. */
const MAX_ECHO = 20_000;

/**
 * The single string values of a form, for refilling it after a failed submit. A value longer than
 * any field allows is not sent back whole (a forged 200 KB value would travel back to the browser).
 */
export function formStrings(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] ??= value.slice(0, MAX_ECHO);
  }
  return values;
}

/** A checkbox is "on" when present. */
export function checkbox(formData: FormData, name: string): boolean {
  return formData.get(name) !== null;
}

/** All values of a repeated field (checkbox groups, tag lists), trimmed, empty ones dropped. */
export function allStrings(formData: FormData, name: string): string[] {
  return formData
    .getAll(name)
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.trim())
    .filter(Boolean);
}
