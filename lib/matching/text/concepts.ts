// What a skill text is about, as comparable concepts: taxonomy groups ("g:cleaner") and plain
// words ("w:trappeopgang"). Phrases count by their content words ("rengøring af trappeopgange" →
// rengøring, trappeopgang); Danish compounds not in the taxonomy are split and their head gives
// the broader group ("bilvask" is a kind of "vask"). Every concept remembers the words that gave
// it, so explanations can say "vask ≈ bilvask". Deterministic; results are cached per text.
import { foldLetters, stemWord, wordKey, words } from "../normalize-skill";
import { splitCompound } from "./compound";
import { groupOfKey, LONGEST_TERM_WORDS } from "./taxonomy";

export interface ConceptHit {
  /** "g:<group id>" or "w:<word key>". */
  key: string;
  /** The words of the text that gave it, lower-case as written. */
  word: string;
}

export interface TextConcepts {
  /** What the text names: its taxonomy groups and its other content words. */
  own: readonly ConceptHit[];
  /** Groups the text is a kind of: the heads of its compounds ("vask" for "bilvask"). */
  broader: readonly ConceptHit[];
}

/**
 * Small words that carry no skill ("rengøring *af* trapper", "hjælpe *dem* med indkøb"), compared
 * as written: their stems can be the stems of real skills ("dem" is also the stem of "demens").
 */
const STOP_WORDS = new Set([
  ...["af", "og", "i", "på", "med", "til", "for", "fra", "ved", "en", "et", "den", "det", "de", "dem", "der", "som", "eller", "samt", "at", "om", "hos"],
  ...["min", "mit", "mine", "jeg", "du", "vi", "man", "sig", "har", "have", "er", "var", "være", "blive", "kan", "vil", "skal", "må", "gerne", "også", "ikke"],
  ...["men", "så", "når", "hvor", "efter", "under", "over", "mellem", "uden", "mod", "op", "ned", "ud", "ind", "inden", "indenfor", "alle", "andre", "meget", "lidt", "godt"],
  ...["a", "an", "the", "of", "and", "in", "on", "with", "to", "or", "from", "as", "by", "my"],
]);

/**
 * Words that name no field on their own ("arbejde", "medarbejder", "hjælper"): never a concept by
 * themselves, and a compound ending in one ("lagermedarbejder") means its first part ("lager").
 */
const GENERIC_WORDS = new Set(
  [
    ...["arbejde", "arbejder", "medarbejder", "hjælp", "hjælper", "hjælpe", "medhjælper", "medhjælp", "assistent", "opgave", "opgaver", "job", "erfaring", "kendskab", "år", "service"],
    ...["work", "worker", "helper", "assistant", "experience", "knowledge", "years", "tasks", "task"],
  ].map(wordKey),
);

const MIN_WORD = 3;
const CACHE_LIMIT = 50_000;
const cache = new Map<string, TextConcepts>();

function isGeneric(part: string): boolean {
  return GENERIC_WORDS.has(foldLetters(part)) || GENERIC_WORDS.has(wordKey(part));
}

function groupOfPart(part: string): string | undefined {
  return groupOfKey(foldLetters(part)) ?? groupOfKey(wordKey(part));
}

/** One content word that no term covers: its group via a compound head, or the word itself. */
function wordConcepts(word: string, key: string, own: ConceptHit[], broader: ConceptHit[]) {
  if (GENERIC_WORDS.has(key)) return;
  const parts = splitCompound(stemWord(word));
  if (parts.length > 1) {
    const head = parts[parts.length - 1] ?? "";
    const modifier = parts.slice(0, -1).join("");
    if (isGeneric(head)) {
      // "lagermedarbejder" is warehouse work: the modifier names the field.
      const g = groupOfPart(modifier);
      own.push(g ? { key: `g:${g}`, word } : { key: `w:${key}`, word });
      return;
    }
    const g = groupOfPart(head);
    if (g) broader.push({ key: `g:${g}`, word: `${head}|${word}` });
  }
  if (key.length >= MIN_WORD && !/^\d+$/.test(key)) own.push({ key: `w:${key}`, word });
}

function extract(text: string): TextConcepts {
  const ws = words(text);
  const keys = ws.map(wordKey);
  const own: ConceptHit[] = [];
  const broader: ConceptHit[] = [];
  // A text that is a term names its group; a phrase also names what its content words name
  // ("rengøring af trappeopgange" is stairwell cleaning, and it is cleaning).
  const whole = groupOfKey(keys.join(" "));
  if (whole) own.push({ key: `g:${whole}`, word: ws.join(" ") });
  const content = ws.flatMap((w, i) => (STOP_WORDS.has(w) ? [] : [{ w, key: keys[i] ?? "" }]));
  if (whole && content.length < 2) return { own, broader };
  for (let i = 0; i < content.length; ) {
    let taken = 0;
    // The longest run of content words that is a term ("customer service", "kørekort b").
    for (let n = Math.min(LONGEST_TERM_WORDS, content.length - i); n >= 1 && taken === 0; n--) {
      const run = content.slice(i, i + n);
      const g = groupOfKey(run.map((c) => c.key).join(" "));
      if (g) {
        own.push({ key: `g:${g}`, word: run.map((c) => c.w).join(" ") });
        taken = n;
      }
    }
    if (taken === 0) {
      const c = content[i];
      if (c) wordConcepts(c.w, c.key, own, broader);
      taken = 1;
    }
    i += taken;
  }
  const seen = new Set<string>();
  const unique = (hits: ConceptHit[]) => hits.filter((h) => !seen.has(h.key) && seen.add(h.key));
  return { own: unique(own), broader: unique(broader) };
}

/** The concepts of a skill, occupation or industry text (cached; the same text, the same result). */
export function conceptsOf(text: string): TextConcepts {
  let hit = cache.get(text);
  if (!hit) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hit = extract(text);
    cache.set(text, hit);
  }
  return hit;
}

/** Headword and compound of a broader hit ("vask|bilvask"), for explanations. */
export function splitHitWord(hit: ConceptHit): { head: string; word: string } {
  const [head = hit.word, word = hit.word] = hit.word.split("|");
  return { head, word };
}
