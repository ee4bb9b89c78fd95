// The skill taxonomy (data/skill-taxonomy.json): groups of equivalent skills, occupations and
// industries, with Danish occupation titles (STAR's DISCO-08 names) as the backbone and English
// labels, plus *related* groups that earn partial credit. Indexed once per process by the same
// keys the matcher compares (normalize-skill.ts), so "Rengøringen" finds the group of "rengøring".
import data from "../data/skill-taxonomy.json";
import { normalizeSkill } from "../normalize-skill";

export interface SkillGroup {
  id: string;
  kind: "occupation" | "skill" | "industry";
  /** DISCO-08 occupation code, where the group is an occupation. */
  disco?: string;
  da: string;
  en: string;
  /** Equivalent ways to write it, Danish first; the first is the canonical name. */
  terms: readonly string[];
  related: readonly string[];
}

export const SKILL_GROUPS: readonly SkillGroup[] = (data.groups as Omit<SkillGroup, "related">[]).map((g) => ({
  ...g,
  related: (g as { related?: string[] }).related ?? [],
}));

export const TAXONOMY_SOURCE: string = data.source;

const groupById = new Map(SKILL_GROUPS.map((g) => [g.id, g]));

/** Term key → group id. A key belongs to one group (a unit test checks the data); the first wins. */
const termIndex = new Map<string, string>();
/** Group id → ids of related groups, both directions of every listed relation. */
const relatedIndex = new Map<string, Set<string>>();
let longestTerm = 1;

for (const g of SKILL_GROUPS) {
  for (const term of g.terms) {
    const key = normalizeSkill(term);
    if (key && !termIndex.has(key)) termIndex.set(key, g.id);
    longestTerm = Math.max(longestTerm, key.split(" ").length);
  }
  for (const other of g.related) {
    if (other === g.id || !groupById.has(other)) continue;
    for (const [a, b] of [[g.id, other], [other, g.id]] as const) {
      const set = relatedIndex.get(a) ?? new Set<string>();
      set.add(b);
      relatedIndex.set(a, set);
    }
  }
}

/** The most words any term has: phrases longer than this cannot be a term. */
export const LONGEST_TERM_WORDS = longestTerm;

/** The group a comparison key (normalizeSkill) names, if any. */
export function groupOfKey(key: string): string | undefined {
  return termIndex.get(key);
}

export function relatedGroupsOf(id: string): readonly string[] {
  return [...(relatedIndex.get(id) ?? [])].sort();
}

export function skillGroup(id: string): SkillGroup | undefined {
  return groupById.get(id);
}
