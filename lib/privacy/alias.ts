// Pseudonyms shown to employers instead of a citizen's name: "Rolig Bøg 17". Generated from a
// random source passed in (deterministic in seeds and tests), never derived from the person.
const adjectives = ["Rolig", "Venlig", "Stabil", "Grundig", "Munter", "Omhyggelig", "Flittig", "Tålmodig", "Nysgerrig", "Hjælpsom", "Loyal", "Kreativ"];
const nouns = ["Bøg", "Eg", "Lærk", "Hjort", "Ugle", "Odder", "Svane", "Hare", "Birk", "Ask", "Måge", "Ræv", "Lind", "Spurv", "Sæl"];

export function generateAlias(random: () => number): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return `${pick(adjectives)} ${pick(nouns)} ${10 + Math.floor(random() * 90)}`;
}
