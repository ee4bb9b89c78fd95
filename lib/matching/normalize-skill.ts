// Turns a free-text skill, occupation or industry into comparison keys, so that
// "Kundeservice", " kundeservicen ", "KUNDESERVICE" and "kundeservices" meet.
// Words are stemmed with Snowball's Danish algorithm (npm `snowball-stemmers`), then folded
// (æ → ae, ø → oe, å → aa) so people writing without Danish letters meet those who do.
// Anything smarter (equivalents, related skills, compounds) happens in text/concepts.ts.
import snowball from "snowball-stemmers";

/** Danish letters folded the way Danes write them without æøå (aa = å, as in Aarhus/Århus). */
const LETTER_FOLDS: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", ä: "ae", ö: "oe", ü: "ue" };

const danish = snowball.newStemmer("danish");

export function foldLetters(s: string): string {
  let out = "";
  for (const ch of s) out += LETTER_FOLDS[ch] ?? ch;
  // Strip remaining accents (é → e) after folding the Nordic letters explicitly.
  return out.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/** Lower-case words with æøå kept (the stemmer and the dictionary need them); "c++" and "b2b" stay whole. */
export function words(raw: string): string[] {
  const lower = raw.normalize("NFC").toLowerCase();
  return lower.split(/[^a-z0-9+#æøåäöüéèáàóòíìúùêôâîûç]+/).filter((w) => w !== "");
}

/** A word's stem, as written (æøå kept). Codes (digits, symbols) are not words and stay as they are. */
export function stemWord(word: string): string {
  if (!/^[a-zæøåäöüéèáàóòíìúùêôâîûç]+$/.test(word)) return word;
  return danish.stem(word);
}

/** The comparison key of one word: stemmed, then folded. */
export function wordKey(word: string): string {
  return foldLetters(stemWord(word));
}

/** Case, whitespace, punctuation and letter folding only; no stemming. */
export function foldText(raw: string): string {
  return words(foldLetters(raw.normalize("NFC").toLowerCase())).join(" ");
}

/** The comparison key of a text: each word stemmed and folded, joined by single spaces. */
export function normalizeSkill(raw: string): string {
  return words(raw).map(wordKey).join(" ");
}
