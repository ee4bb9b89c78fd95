// The taxonomy's terms as plain groups of equivalent words, for suggestion lists in forms and for
// benchmarks. Matching itself reads the taxonomy through text/concepts.ts.
//
// HOW TO EXTEND: edit data/skill-taxonomy.json. Add a term to the group it is equivalent to, or a
// new group (id, kind, DISCO-08 code for occupations, Danish and English labels, terms, related
// groups). Write terms as a person would type them; they are stemmed and folded when the module
// loads, so "Rengøring" also covers "rengøringen". A term may belong to one group only (a unit
// test checks this). Keep groups to true equivalents; put near neighbours in `related`.
import { conceptsOf } from "./text/concepts";
import { SKILL_GROUPS, type SkillGroup } from "./text/taxonomy";

export const SYNONYM_GROUPS: readonly (readonly string[])[] = SKILL_GROUPS.map((g) => g.terms);

/** How central a group is: how many other groups name it as related, then how many ways people write it. */
const centrality = new Map(SKILL_GROUPS.map((g) => [g.id, 0]));
for (const g of SKILL_GROUPS) for (const r of g.related) centrality.set(r, (centrality.get(r) ?? 0) + 1);

/**
 * Type-ahead suggestions for a form: the taxonomy's labels in the reader's language only (the
 * terms mix Danish and English, so they are not offered), the most common first. "Common" is the
 * taxonomy's own measure, not a count of profiles: a group many others relate to (construction,
 * customer service) and with many ways to write it is one people reach for often. It costs
 * nothing per request, unlike counting every profile's skills. A label the engine would not read
 * as its own group ("Bud", "Baker") is left out: a suggestion must match what it says.
 */
export function suggestionLabels(kinds: readonly SkillGroup["kind"][], lang: "da" | "en"): readonly string[] {
  const key = `${lang}:${kinds.join(",")}`;
  let labels = suggestionCache.get(key);
  if (!labels) {
    const groups = SKILL_GROUPS.filter((g) => kinds.includes(g.kind) && conceptsOf(g[lang]).own.some((h) => h.key === `g:${g.id}`));
    const score = (g: SkillGroup) => (centrality.get(g.id) ?? 0) * 100 + g.terms.length;
    const sorted = [...groups].sort((a, b) => score(b) - score(a) || a[lang].localeCompare(b[lang], lang));
    labels = [...new Set(sorted.map((g) => g[lang]))];
    suggestionCache.set(key, labels);
  }
  return labels;
}
const suggestionCache = new Map<string, readonly string[]>();
