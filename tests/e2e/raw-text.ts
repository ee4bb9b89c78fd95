import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Finds what must never reach a reader: a message key that next-intl could not find (it prints
// "namespace.key") and a code from the database or the engine (PROPOSED, citizen_interest,
// EMPLOYER_INTERESTED). Works on a page's HTML as the server sends it (the route matrix reads
// every page that way), so it sees streamed parts too. E-mail addresses and links are removed
// first: their dots and underscores are not keys.

/** The message namespaces: one file per namespace in messages/da (messages/da/index.ts). */
export function messageNamespaces(root = process.cwd()): string[] {
  return readdirSync(path.join(root, "messages/da"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length));
}

/** Every upper-case value of every enum in the Prisma schema (PROPOSED, CITIZEN, …). */
export function schemaEnumValues(root = process.cwd()): string[] {
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const blocks = schema.match(/^enum \w+ \{[^}]*\}/gm) ?? [];
  const values = blocks.flatMap((b) => b.split("\n").slice(1, -1).map((l) => l.trim().split(/\s/)[0] ?? ""));
  return [...new Set(values.filter((v) => /^[A-Z][A-Z0-9_]+$/.test(v)))];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The text a reader can get from the HTML: no scripts, styles or tags, entities decoded. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ");
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+/gi;

export type RawTextRules = { namespaces: readonly string[]; enumValues: readonly string[] };

/** The raw keys and codes in a text, each once, in order of appearance. */
export function rawTokens(text: string, rules: RawTextRules): string[] {
  const clean = text.replace(EMAIL, " ").replace(URL_LIKE, " ");
  const patterns = [
    // next-intl's fallback for a missing message: "consultantQueue.decidedOn.APPROVED".
    new RegExp(`\\b(?:${rules.namespaces.join("|")})(?:\\.[A-Za-z0-9_]+)+\\b`, "g"),
    // Codes: snake_case and SCREAMING_SNAKE words (Danish and English words have no underscores).
    /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g,
    /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g,
    // The schema's one-word enum values, as written in the schema (PROPOSED, HIRED, MUST).
    new RegExp(`\\b(?:${rules.enumValues.join("|")})\\b`, "g"),
  ];
  const found = patterns.flatMap((p) => [...clean.matchAll(p)].map((m) => ({ at: m.index, end: m.index + m[0].length, token: m[0] })));
  // A code inside a key found already (HIRED in "caseload.matchStatuses.HIRED") is the same finding.
  const kept: typeof found = [];
  for (const f of found.sort((a, b) => a.at - b.at || b.end - a.end)) {
    if (!kept.some((k) => f.at >= k.at && f.end <= k.end)) kept.push(f);
  }
  return [...new Set(kept.map((f) => f.token))];
}
