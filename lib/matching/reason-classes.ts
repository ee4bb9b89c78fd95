// Which of the engine's reasons speak for a match and which are only good to know. One rule for
// every view of an explanation (the citizen's jobs, the employer's candidates, the consultant's
// approval queue), so a negative never appears under "Det taler for" with a ✓ anywhere.
// Blockers are the engine's own list and stay blockers.
import type { Explanation, Message } from "./explain";

/**
 * Reason kinds (the code before ":") that say something good, most telling first: what the
 * workplace offers and the hours matter most to people with reduced capacity.
 */
export const GOOD_REASON_KINDS = [
  "need_met",
  "prefer_met",
  "hours",
  "wish_occupation",
  "wish_industry",
  "required_skills",
  "schedule",
  "remote",
  "distance",
  "preferred_skills",
  "open_to_new_field",
] as const;

/**
 * Reason kinds that are not good news: an unmet wish, nothing in common, an unknown or hidden
 * distance. Any kind not listed in either list is treated as one of these: a new code must never
 * land under "for" by accident.
 */
export const NOTE_REASON_KINDS = ["prefer_missing", "wish_mismatch", "no_common_ground", "postal_code_unknown", "distance_unknown", "distance_hidden"] as const;

/** Skills reasons are good news only when every listed skill is there ("Har 0 af 1 …" is not). */
const SKILL_COMPONENT = { required_skills: "requiredSkills", preferred_skills: "preferredSkills" } as const;

/** What the classification reads: the engine's explanation, or a view of it (the employer's). */
export type ClassifiableFit = Pick<Explanation, "reasons" | "blockers"> & {
  components?: Partial<Record<"requiredSkills" | "preferredSkills", { value: number }>>;
};

export function reasonKind(code: string): string {
  return code.split(":")[0] ?? code;
}

function goodRank(reason: Message, fit: ClassifiableFit): number {
  const kind = reasonKind(reason.code);
  const component = SKILL_COMPONENT[kind as keyof typeof SKILL_COMPONENT];
  if (component && (fit.components?.[component]?.value ?? 0) < 1) return -1;
  return (GOOD_REASON_KINDS as readonly string[]).indexOf(kind);
}

/**
 * The explanation in three lists: what stands in the way (the engine's blockers), what speaks
 * for it (best first) and what is good to know. Every reason is in exactly one of the last two.
 */
export function classifyReasons(fit: ClassifiableFit): { blockers: Message[]; good: Message[]; notes: Message[] } {
  const ranked = fit.reasons.map((r) => ({ r, rank: goodRank(r, fit) }));
  return {
    blockers: [...fit.blockers],
    good: ranked.filter((x) => x.rank >= 0).sort((a, b) => a.rank - b.rank).map((x) => x.r),
    notes: ranked.filter((x) => x.rank < 0).map((x) => x.r),
  };
}
