// The taxonomy's terms as plain groups of equivalent words, for suggestion lists in forms and for
// benchmarks. Matching itself reads the taxonomy through text/concepts.ts.
//
// HOW TO EXTEND: edit data/skill-taxonomy.json. Add a term to the group it is equivalent to, or a
// new group (id, kind, DISCO-08 code for occupations, Danish and English labels, terms, related
// groups). Write terms as a person would type them; they are stemmed and folded when the module
// loads, so "Rengøring" also covers "rengøringen". A term may belong to one group only (a unit
// test checks this). Keep groups to true equivalents; put near neighbours in `related`.
import { SKILL_GROUPS } from "./text/taxonomy";

export const SYNONYM_GROUPS: readonly (readonly string[])[] = SKILL_GROUPS.map((g) => g.terms);
