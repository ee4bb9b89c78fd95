// Which field errors an error summary lists, and where each link points. Kept apart from the
// component so the rules can be tested without a browser.

/** `href` is absent for an error about the whole form (zod's root path, filed as "form"). */
export type SummaryEntry = { name: string; href?: string; message: string };

/** The id a field gets when none is given; a group (checkbox grid, radios) puts it on its first input. */
export const fieldId = (name: string) => `field-${name}`;

/**
 * A field's name from an error key: zod's numeric path parts ("availability.3") point into a list
 * whose inputs share one name ("availability").
 */
export function fieldNameOf(key: string): string {
  return key
    .split(".")
    .filter((part) => !/^\d+$/.test(part))
    .join(".");
}

/**
 * One entry per field, in the order the action reported them. A nested error and the echo that
 * toFieldErrors files under the group's name ("availability.3" and "availability") are one entry.
 */
export function summaryEntries(fieldErrors: Record<string, string> | undefined): SummaryEntry[] {
  const seen = new Set<string>();
  const entries: SummaryEntry[] = [];
  for (const [key, message] of Object.entries(fieldErrors ?? {})) {
    const name = fieldNameOf(key);
    const target = name || "form";
    if (seen.has(target)) continue;
    seen.add(target);
    entries.push(target === "form" ? { name: target, message } : { name: target, href: `#${fieldId(target)}`, message });
  }
  return entries;
}
