// The engine's reasons, worded for the citizen herself: plain sentences that speak to her ("Du
// kan holde ekstra pauser.") instead of the engine's note style ("Ønsker ekstra pauser —
// tilbydes"), which is written for the consultant and the employer. The wording lives in
// messages/*/jobs.json (why, whyNot); this maps a reason to its message and arguments.
import { formatHours } from "@/lib/i18n/format";
import { accommodationLabel, isAccommodationCode, reasonKind, type Message } from "@/lib/matching";
import { lowerFirst } from "@/lib/matching/format";

export type ReasonWords = { key: string; values: Record<string, string | number> };
type Lang = "da" | "en";

const number = (p: Message["params"], name: string): number | null => {
  const v = p?.[name];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};

function hoursWords(key: string, p: Message["params"], lang: Lang): ReasonWords | null {
  const [ownMin, ownMax, jobMin, jobMax] = [number(p, "ownMin"), number(p, "ownMax"), number(p, "jobMin"), number(p, "jobMax")];
  if (ownMin === null || ownMax === null || jobMin === null || jobMax === null) return null;
  return { key, values: { hours: formatHours(jobMin, jobMax, lang), hoursCount: jobMax, own: formatHours(ownMin, ownMax, lang), ownCount: ownMax } };
}

/** "all" / "some" / "none" of the listed skills. */
function skillsWords(kind: string, p: Message["params"]): ReasonWords | null {
  const have = number(p, "have");
  const of = number(p, "of");
  if (have === null || of === null) return null;
  return { key: `why.${kind}`, values: { has: have >= of ? "all" : have > 0 ? "some" : "none" } };
}

/**
 * The citizen's wording of one reason (`blocked`: it is one of the blockers). Null when the
 * reason lacks the facts to word it (an older stored explanation): show the engine's text then.
 */
export function reasonWords(m: Message, blocked: boolean, lang: Lang): ReasonWords | null {
  const kind = reasonKind(m.code);
  const need = m.code.slice(kind.length + 1);
  const needText = isAccommodationCode(need) ? lowerFirst(accommodationLabel(need)[lang]) : null;
  const p = m.params;
  if (blocked) {
    if (kind === "hours") return hoursWords("whyNot.hours", p, lang);
    if (kind === "need") return needText ? { key: "whyNot.need", values: { need: needText } } : null;
    if (kind === "schedule") return { key: "whyNot.schedule", values: {} };
    if (kind === "commute") {
      const [km, limit] = [number(p, "km"), number(p, "limit")];
      return km !== null && limit !== null ? { key: "whyNot.commute", values: { km, limit } } : null;
    }
    return null;
  }
  switch (kind) {
    case "required_skills":
    case "preferred_skills":
      return skillsWords(kind, p);
    case "no_common_ground":
    case "open_to_new_field":
    case "wish_mismatch":
    case "remote":
    case "postal_code_unknown":
      return { key: `why.${kind}`, values: {} };
    case "wish_occupation":
    case "wish_industry": {
      const name = kind === "wish_occupation" ? "occupation" : "industry";
      const value = p?.[name];
      return typeof value === "string" ? { key: `why.${kind}`, values: { [name]: value } } : null;
    }
    case "hours":
      return hoursWords("why.hours", p, lang);
    case "need_met":
      if (!needText) return null;
      // At home she arranges her surroundings herself; otherwise the workplace gives it.
      return p?.how === "home" ? { key: "why.need_met", values: { need: needText } } : { key: `why.needs.${need}`, values: {} };
    case "prefer_met":
      return needText ? { key: `why.needs.${need}`, values: {} } : null;
    case "prefer_missing":
      return needText ? { key: "why.prefer_missing", values: { need: needText } } : null;
    case "schedule": {
      const [common, total] = [number(p, "common"), number(p, "total")];
      return common !== null && total !== null ? { key: "why.schedule", values: { all: common >= total ? "yes" : "no", common, total } } : null;
    }
    case "distance": {
      const km = number(p, "km");
      return km !== null ? { key: "why.distance", values: { km } } : null;
    }
    default:
      return null;
  }
}
