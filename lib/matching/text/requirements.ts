// From texts to what the engine compares. An employer's skill is a *requirement*: concepts that
// meet it in full (what it names) and concepts that meet it in part (the groups it is a kind of,
// and the taxonomy's related groups). A citizen's skill is everything it names and everything it
// is a kind of: someone who has done "bilvask" has washed. The hot path (score-pair.ts) and the
// explanations (explain.ts) both read these, so what is explained is what was scored.
import { conceptsOf, splitHitWord, type ConceptHit } from "./concepts";
import { relatedGroupsOf } from "./taxonomy";

/** Credit for a skill met only by a related or broader one (docs/matching.md). */
export const RELATED_CREDIT = 0.5;

export interface Requirement {
  /** The employer's own wording (the first of equivalent ones). */
  text: string;
  full: readonly string[];
  partial: readonly string[];
}

export function requirementOf(text: string): Requirement {
  const { own, broader } = conceptsOf(text);
  const full = own.map((h) => h.key);
  const partial = new Set<string>(broader.map((h) => h.key));
  for (const h of own) if (h.key.startsWith("g:")) for (const r of relatedGroupsOf(h.key.slice(2))) partial.add(`g:${r}`);
  for (const k of full) partial.delete(k);
  return { text, full, partial: [...partial] };
}

/** Distinct requirements of a list, in order; texts with no content ("–") and repeats of an equivalent text drop out. */
export function requirementsOf(texts: readonly string[] | undefined, except: readonly Requirement[] = []): Requirement[] {
  const seen = new Set(except.map(signature));
  const out: Requirement[] = [];
  for (const text of texts ?? []) {
    const r = requirementOf(text);
    const sig = signature(r);
    if (r.full.length === 0 || seen.has(sig)) continue;
    seen.add(sig);
    out.push(r);
  }
  return out;
}

function signature(r: Requirement): string {
  return [...r.full].sort().join("|");
}

function hitsOf(text: string): ConceptHit[] {
  const { own, broader } = conceptsOf(text);
  return [...own, ...broader];
}

/** Distinct concept keys a citizen's texts (skills, or wished occupations/industries) stand for. */
export function haveKeysOf(texts: readonly string[] | undefined): string[] {
  return [...new Set((texts ?? []).flatMap((t) => hitsOf(t).map((h) => h.key)))];
}

export type MatchKind = "same" | "kind" | "related";

export interface SkillMatch {
  credit: 1 | typeof RELATED_CREDIT;
  kind: MatchKind;
  /** The employer's word(s) and the citizen's word(s) that met. */
  wanted: string;
  have: string;
}

function wordOf(hit: ConceptHit): string {
  return splitHitWord(hit).word;
}

/** How the best of the citizen's skills meets one requirement, or null. Same credit as the hot path. */
export function matchRequirement(req: Requirement, skills: readonly string[]): SkillMatch | null {
  const wanted = conceptsOf(req.text);
  let partial: SkillMatch | null = null;
  for (const skill of skills) {
    const { own, broader } = conceptsOf(skill);
    for (const [hits, kind] of [[own, "same"], [broader, "kind"]] as const) {
      for (const h of hits) {
        const w = wanted.own.find((x) => x.key === h.key);
        if (w) return { credit: 1, kind, wanted: w.word, have: kind === "same" ? h.word : wordOf(h) };
      }
    }
    if (partial) continue;
    for (const h of [...own, ...broader]) {
      if (!req.partial.includes(h.key)) continue;
      const viaBroader = wanted.broader.find((x) => x.key === h.key);
      const have = h.word.includes("|") ? wordOf(h) : h.word;
      if (viaBroader) partial = { credit: RELATED_CREDIT, kind: "kind", wanted: wordOf(viaBroader), have };
      else {
        const related = wanted.own.find((x) => x.key.startsWith("g:") && relatedGroupsOf(x.key.slice(2)).includes(h.key.slice(2)));
        partial = { credit: RELATED_CREDIT, kind: "related", wanted: related?.word ?? req.text, have };
      }
      break;
    }
  }
  return partial;
}
