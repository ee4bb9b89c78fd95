// Danish compound splitting: "bilvask" → ["bil", "vask"], "vinduespudsning" → ["vindue",
// "pudsning"]. The head (the last part) carries the meaning; the rest says what kind. Parts are
// checked against the dictionary word set (words.ts); the longest dictionary head wins, and a
// modifier may end in a linking -s- or -e- ("vindue-s-pudsning", "børn-e-have"). A modifier that
// is itself a word is kept whole, so splits stay few and predictable for a consultant.
import { isDanishWord } from "./words";

/** Neither part may be shorter: "bil", "kok" and "ost" are words, two letters rarely are. */
const MIN_PART = 3;
const LINKING_LETTERS = ["s", "e"] as const;
const MAX_DEPTH = 3;

function modifierOf(prefix: string): string | null {
  if (isDanishWord(prefix)) return prefix;
  for (const link of LINKING_LETTERS) {
    const bare = prefix.slice(0, -1);
    if (prefix.endsWith(link) && bare.length >= MIN_PART && isDanishWord(bare)) return bare;
  }
  return null;
}

function split(word: string, depth: number): string[] {
  if (depth >= MAX_DEPTH || word.length < 2 * MIN_PART) return [word];
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const head = word.slice(cut);
    if (!isDanishWord(head)) continue;
    const prefix = word.slice(0, cut);
    const modifier = modifierOf(prefix);
    if (modifier) return [modifier, head];
    // The prefix is not a word but may be a compound itself ("lagerkontor|assistent").
    const inner = split(prefix, depth + 1);
    if (inner.length > 1) return [...inner, head];
  }
  return [word];
}

/**
 * The parts of a lower-case word, head last; `[word]` when it is not a compound of dictionary
 * words. Never empty, deterministic, and the parts (without linking letters) spell the word.
 */
export function splitCompound(word: string): string[] {
  return split(word, 0);
}
