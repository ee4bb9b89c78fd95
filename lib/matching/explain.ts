// Human explanation of one pair, built only for results that are returned: per-component
// value/weight/points plus short reasons and blockers in Danish and English. Numbers come
// from evaluatePair, so what is explained is exactly what was ranked.
import type { CandidatePool, CompiledOpening } from "./compile";
import { hoursRange, km, list, lowerFirst, roundKm } from "./format";
import { foldText } from "./normalize-skill";
import { evaluatePair, blockersOf, isRelevant, newScratch, potentialScoreOf, SCORE_SCALE } from "./score-pair";
import { matchRequirement, type Requirement, type SkillMatch } from "./text/requirements";
import { scheduleSummary } from "./schedule-text";
import { accommodationBit, accommodationLabel, HOME_CONTROLLED_CODES, REMOTE_WORK_CODE } from "./vocabulary";
import { COMPONENT_NAMES, COMPONENT_WEIGHTS, WISH_VALUES, type ComponentName } from "./weights";
import { BLOCK_COMMUTE, BLOCK_HOURS, BLOCK_SCHEDULE } from "./weights";
import type { Candidate, Opening } from "./schemas";

export interface Message {
  code: string;
  da: string;
  en: string;
  /** The facts behind the text (hours, km, counts), so a view can word it for its reader. */
  params?: Record<string, string | number>;
}

/**
 * Every kind of reason and blocker explainPair gives: the part of `code` before any ":" (need
 * codes follow it: "need_met:low_tempo"). Views that word reasons their own way (the citizen's
 * plain sentences) cover each kind; a unit test holds both to this list.
 */
export const REASON_KINDS = [
  "required_skills",
  "preferred_skills",
  "no_common_ground",
  "wish_occupation",
  "wish_industry",
  "open_to_new_field",
  "wish_mismatch",
  "hours",
  "need_met",
  "need",
  "prefer_met",
  "prefer_missing",
  "schedule",
  "remote",
  "postal_code_unknown",
  "commute",
  "distance",
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export const reasonKind = (code: string): string => code.split(":")[0] ?? code;

export interface ComponentResult {
  value: number;
  weight: number;
  points: number;
}

export interface Explanation {
  eligible: boolean;
  /** Has at least one skill (in full or in part), the occupation or the industry in common with the opening. */
  relevant: boolean;
  /** 0–100 for eligible pairs; 0 for ineligible ones (their components still show). */
  score: number;
  components: Record<ComponentName, ComponentResult>;
  reasons: Message[];
  blockers: Message[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const msg = (code: string, da: string, en: string, params?: Message["params"]): Message => (params ? { code, da, en, params } : { code, da, en });

const sameText = (a: string, b: string) => foldText(a) === foldText(b);

/** How one skill was met, naming the words: "regneark = excel", "vask ≈ bilvask", "rengøring ~ vinduespudsning". */
function matchText(req: Requirement, m: SkillMatch, lang: "da" | "en"): string {
  const how = m.kind === "same" ? (sameText(m.wanted, m.have) ? m.wanted : `${m.wanted} = ${m.have}`) : `${m.wanted} ${m.kind === "kind" ? "≈" : "~"} ${m.have}`;
  const note = m.kind === "related" ? (lang === "da" ? ", beslægtet" : ", related") : "";
  const partly = m.credit < 1 ? (lang === "da" ? "delvist " : "partly ") : "";
  return sameText(req.text, how) ? `${partly}${req.text}` : `${partly}${req.text} (${how}${note})`;
}

const number = (n: number, lang: "da" | "en") => (lang === "da" ? String(n).replace(".", ",") : String(n));

function skillMessage(code: string, kind: { da: string; en: string }, wanted: readonly Requirement[], skills: readonly string[]): { message: Message; credit: number } {
  const matches = wanted.map((r) => ({ r, m: matchRequirement(r, skills) }));
  const met = matches.filter((x) => x.m !== null);
  const missing = matches.filter((x) => x.m === null).map((x) => x.r.text);
  const credit = met.reduce((sum, x) => sum + (x.m?.credit ?? 0), 0);
  const text = (lang: "da" | "en") => {
    let t = lang === "da" ? `Har ${number(credit, lang)} af ${wanted.length} ${kind.da}` : `Has ${number(credit, lang)} of ${wanted.length} ${kind.en}`;
    if (met.length) t += `: ${list(met.map((x) => matchText(x.r, x.m!, lang)), lang)}`;
    if (missing.length) t += `; ${lang === "da" ? "mangler" : "missing"} ${list(missing, lang)}`;
    return t;
  };
  return { message: msg(code, text("da"), text("en"), { have: credit, of: wanted.length }), credit };
}

/** A need about the surroundings that a remote job meets: she works at home (the remote rule). */
const atHome = (code: string, o: CompiledOpening) => o.remote && HOME_CONTROLLED_CODES.includes(code);

function needMessages(c: Candidate, o: CompiledOpening, reasons: Message[], blockers: Message[]) {
  const offered = new Set(o.opening.accommodations);
  // Vocabulary order, so the explanation does not depend on the order the needs were stored in.
  const byVocabulary = (a: string, b: string) => accommodationBit(a) - accommodationBit(b);
  const must = new Set(c.needs.filter((n) => n.level === "must").map((n) => n.code).sort(byVocabulary));
  const prefer = new Set(c.needs.filter((n) => n.level === "prefer" && !must.has(n.code)).map((n) => n.code).sort(byVocabulary));
  for (const code of must) {
    const l = accommodationLabel(code);
    const what = { da: lowerFirst(l.da), en: lowerFirst(l.en) };
    if (code === REMOTE_WORK_CODE && o.remote) {
      reasons.push(msg(`need_met:${code}`, `Behøver ${what.da} — stillingen er hjemmearbejde`, `Needs ${what.en} — the job is remote`, { how: "remote" }));
    } else if (atHome(code, o) && !offered.has(code)) {
      reasons.push(msg(`need_met:${code}`, `Behøver ${what.da} — hjemmearbejde, så kandidaten bestemmer selv omgivelserne`, `Needs ${what.en} — remote, so the candidate decides the surroundings`, { how: "home" }));
    } else if (offered.has(code)) {
      reasons.push(msg(`need_met:${code}`, `Behøver ${what.da} — tilbydes`, `Needs ${what.en} — offered`, { how: "offered" }));
    } else {
      blockers.push(msg(`need:${code}`, `Behøver ${what.da} — tilbydes ikke`, `Needs ${what.en} — not offered`));
    }
  }
  for (const code of prefer) {
    const l = accommodationLabel(code);
    const met = offered.has(code) || (code === REMOTE_WORK_CODE && o.remote) || atHome(code, o);
    reasons.push(
      met
        ? msg(`prefer_met:${code}`, `Ønsker ${lowerFirst(l.da)} — tilbydes`, `Would like ${lowerFirst(l.en)} — offered`)
        : msg(`prefer_missing:${code}`, `Ønsker ${lowerFirst(l.da)} — tilbydes ikke`, `Would like ${lowerFirst(l.en)} — not offered`),
    );
  }
}

function distanceMessage(c: Candidate, o: CompiledOpening, distance: number, blocked: boolean): Message {
  const op: Opening = o.opening;
  if (o.remote) return msg("remote", "Hjemmearbejde — afstanden betyder ikke noget", "Remote job — distance does not matter");
  if (distance !== distance) {
    return msg("postal_code_unknown", "Ukendt postnummer — afstanden er ikke beregnet", "Unknown postal code — distance not calculated");
  }
  const from = `${c.postalCode}`;
  const to = `${op.postalCode}`;
  const limit = c.maxCommuteKm;
  if (blocked && limit !== undefined) {
    return msg(
      "commute",
      `${km(distance, "da")} fra ${from} til ${to} — over grænsen på ${km(limit, "da")}`,
      `${km(distance, "en")} from ${from} to ${to} — above the ${km(limit, "en")} limit`,
      { km: roundKm(distance), limit },
    );
  }
  const daLimit = limit !== undefined ? ` (højst ${km(limit, "da")})` : "";
  const enLimit = limit !== undefined ? ` (at most ${km(limit, "en")})` : "";
  return msg("distance", `${km(distance, "da")} fra ${from} til ${to}${daLimit}`, `${km(distance, "en")} from ${from} to ${to}${enLimit}`, { km: roundKm(distance) });
}

function wishMessage(c: Candidate, op: Opening, value: number): Message | undefined {
  if (value === WISH_VALUES.occupation && op.occupation) {
    return msg("wish_occupation", `Ønsker at arbejde som ${op.occupation}`, `Wants to work as ${op.occupation}`, { occupation: op.occupation });
  }
  if (value === WISH_VALUES.industry && op.industry) {
    return msg("wish_industry", `Ønsker branchen ${op.industry}`, `Wants the ${op.industry} industry`, { industry: op.industry });
  }
  if (c.wishes?.openToNewField && value === WISH_VALUES.openToNewField) {
    return msg("open_to_new_field", "Åben for et nyt fagområde", "Open to a new field");
  }
  if (value === WISH_VALUES.mismatch) {
    return msg("wish_mismatch", "Stillingen matcher ikke ønsket fag eller branche", "The job does not match the wished occupation or industry");
  }
  return undefined;
}

export function explainPair(o: CompiledOpening, p: CandidatePool, i: number): Explanation {
  const c = p.candidateAt(i);
  const op = o.opening;
  const values = newScratch();
  const code = evaluatePair(o, p, i, values);
  const block = blockersOf(code);
  const eligible = block === 0;

  const components = {} as Record<ComponentName, ComponentResult>;
  COMPONENT_NAMES.forEach((name, k) => {
    const value = values[k] ?? 0;
    const weight = COMPONENT_WEIGHTS[name];
    components[name] = { value: round(value, 3), weight, points: round(value * weight, 2) };
  });

  const reasons: Message[] = [];
  const blockers: Message[] = [];
  if (o.skills.required.length) {
    reasons.push(skillMessage("required_skills", { da: "krævede kompetencer", en: "required skills" }, o.skills.required, c.skills).message);
  }
  if (o.skills.preferred.length) {
    reasons.push(skillMessage("preferred_skills", { da: "ønskede kompetencer", en: "preferred skills" }, o.skills.preferred, c.skills).message);
  }
  const relevant = isRelevant(code);
  if (!relevant) {
    reasons.push(msg("no_common_ground", "Intet til fælles med stillingens kompetencer, fag eller branche", "Nothing in common with the job's skills, occupation or industry"));
  }
  const wish = wishMessage(c, op, values[COMPONENT_NAMES.indexOf("wishes")] ?? 0);
  if (wish) reasons.push(wish);

  const cHours = hoursRange(c.weeklyHours.min, c.weeklyHours.max, "da");
  const oHours = hoursRange(op.weeklyHours.min, op.weeklyHours.max, "da");
  const cHoursEn = hoursRange(c.weeklyHours.min, c.weeklyHours.max, "en");
  const oHoursEn = hoursRange(op.weeklyHours.min, op.weeklyHours.max, "en");
  const hours = { ownMin: c.weeklyHours.min, ownMax: c.weeklyHours.max, jobMin: op.weeklyHours.min, jobMax: op.weeklyHours.max };
  if (block & BLOCK_HOURS) {
    blockers.push(msg("hours", `Kan arbejde ${cHours}; stillingen kræver ${oHours}`, `Can work ${cHoursEn}; the job needs ${oHoursEn}`, hours));
  } else {
    reasons.push(msg("hours", `Kan arbejde ${cHours}; stillingen er ${oHours}`, `Can work ${cHoursEn}; the job is ${oHoursEn}`, hours));
  }

  needMessages(c, o, reasons, blockers);

  if (op.schedule?.length && c.availability?.length) {
    const avail = new Set(c.availability);
    const jobSlots = [...new Set(op.schedule)];
    const common = jobSlots.filter((s) => avail.has(s));
    if (block & BLOCK_SCHEDULE) {
      blockers.push(
        msg("schedule", `Ingen fælles tidsrum: stillingen er ${scheduleSummary(jobSlots, "da")}`, `No shared time slots: the job is ${scheduleSummary(jobSlots, "en")}`, { common: 0, total: jobSlots.length }),
      );
    } else {
      reasons.push(
        msg(
          "schedule",
          `Kan arbejde i ${common.length} af stillingens ${jobSlots.length} tidsrum: ${scheduleSummary(common, "da")}`,
          `Available for ${common.length} of the job's ${jobSlots.length} time slots: ${scheduleSummary(common, "en")}`,
          { common: common.length, total: jobSlots.length },
        ),
      );
    }
  }

  const pi = p.postal[i] ?? -1;
  const distance = pi >= 0 ? (o.distances[pi] ?? Number.NaN) : Number.NaN;
  const dMsg = distanceMessage(c, o, distance, (block & BLOCK_COMMUTE) !== 0);
  if (dMsg.code === "postal_code_unknown") {
    const unknown = pi < 0 ? c.postalCode : op.postalCode;
    dMsg.da = `Ukendt postnummer ${unknown} — afstanden er ikke beregnet`;
    dMsg.en = `Unknown postal code ${unknown} — distance not calculated`;
  }
  (dMsg.code === "commute" ? blockers : reasons).push(dMsg);

  const score = eligible ? potentialScoreOf(code) / SCORE_SCALE : 0;
  return { eligible, relevant, score, components, reasons, blockers };
}
