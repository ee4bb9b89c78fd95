// Turns a free-text skill, occupation or industry into a comparison key, so that
// "Kundeservice", " kundeservicen ", "KUNDESERVICE" and "kundeservices" meet.
// Deliberately simple and predictable: consultants must be able to guess why two words
// matched. Anything smarter belongs in the curated synonym list (skill-synonyms.ts).

/** Danish letters folded the way Danes write them without æøå (aa = å, as in Aarhus/Århus). */
const LETTER_FOLDS: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", ä: "ae", ö: "oe", ü: "ue" };

/**
 * Common Danish and English inflection endings, longest first. Danish definite forms
 * (-en/-et/-ne), plurals (-er/-e/-s) and definite plurals (-erne/-ene); English plurals
 * (-s/-es/-ies). Stripped repeatedly so "regnskaberne" → "regnskab" and
 * "computers" → "computer" → "comput" land on the same stem as "computer".
 */
const ENDINGS: readonly (readonly [string, string])[] = [
  ["ernes", ""],
  ["erne", ""],
  ["enes", ""],
  ["ene", ""],
  ["ies", "y"],
  ["ers", ""],
  ["er", ""],
  ["en", ""],
  ["et", ""],
  ["es", ""],
  ["ne", ""],
  ["s", ""],
  ["e", ""],
];

/** Stems shorter than this are left alone: "bus", "kok", "ost" must not shrink further. */
const MIN_STEM = 4;

function foldLetters(s: string): string {
  let out = "";
  for (const ch of s) out += LETTER_FOLDS[ch] ?? ch;
  // Strip remaining accents (é → e) after folding the Nordic letters explicitly.
  return out.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

export function stemToken(token: string): string {
  // Tokens with digits or symbols (c++, b2b, 3d) are codes, not words.
  if (!/^[a-z]+$/.test(token)) return token;
  let t = token;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [end, repl] of ENDINGS) {
      if (t.endsWith(end) && t.length - end.length + repl.length >= MIN_STEM) {
        t = t.slice(0, t.length - end.length) + repl;
        changed = true;
        break;
      }
    }
  }
  return t;
}

/** Case, whitespace, punctuation and letter folding only; no stemming. */
export function foldText(raw: string): string {
  const folded = foldLetters(raw.normalize("NFC").toLowerCase());
  return folded
    .replace(/[^a-z0-9+#]+/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** The comparison key: folded text with each word stemmed. */
export function normalizeSkill(raw: string): string {
  const folded = foldText(raw);
  if (!folded) return "";
  return folded.split(" ").map(stemToken).join(" ");
}
