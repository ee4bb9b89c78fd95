// The explanation of a bundle in Danish and English: the hours added up against what she can
// work, when the jobs lie in the week (they never overlap), and that every job meets her must-needs.
// Built only for the bundles returned (bundles.ts).
import type { CompiledOpening } from "./compile";
import type { Message } from "./explain";
import { hoursRange, list, lowerFirst, num } from "./format";
import type { Candidate } from "./schemas";
import { slotMaskSummary } from "./schedule-text";
import { accommodationBit, accommodationLabel } from "./vocabulary";

type Lang = "da" | "en";
const LANGS: readonly Lang[] = ["da", "en"];

function both(code: string, text: (lang: Lang) => string): Message {
  return { code, da: text("da"), en: text("en") };
}

function hoursMessages(c: Candidate, openingHours: readonly number[]): Message[] {
  const total = openingHours.reduce((a, b) => a + b, 0);
  const { min, max } = c.weeklyHours;
  const sum = (lang: Lang) => openingHours.map((h) => num(h, lang)).join(" + ");
  const messages = [
    both("bundle_hours", (lang) =>
      lang === "da"
        ? `${sum(lang)} t = ${hoursRange(total, total, lang)}; kan arbejde ${hoursRange(min, max, lang)}`
        : `${sum(lang)} h = ${hoursRange(total, total, lang)}; can work ${hoursRange(min, max, lang)}`,
    ),
  ];
  if (total < min) {
    const short = min - total;
    messages.push(
      both("bundle_below_min", (lang) =>
        lang === "da"
          ? `Når ikke op på ${hoursRange(min, min, lang)}: mangler ${num(short, lang)} t`
          : `Below ${hoursRange(min, min, lang)}: ${num(short, lang)} h short`,
      ),
    );
  }
  return messages;
}

function scheduleMessage(openings: readonly CompiledOpening[]): Message {
  const mask = openings.reduce((m, o) => m | o.slots, 0);
  const flexible = openings.filter((o) => o.slots === 0).length;
  if (mask === 0) return both("bundle_schedule", (lang) => (lang === "da" ? "Alle jobbene har frie tider" : "All the jobs have flexible times"));
  const text: Record<Lang, string> = { da: "", en: "" };
  for (const lang of LANGS) {
    const free = lang === "da" ? `; ${flexible} job har frie tider` : `; ${flexible} ${flexible === 1 ? "job has" : "jobs have"} flexible times`;
    const lead = lang === "da" ? "Jobbene ligger ikke på samme tid" : "The jobs never overlap";
    text[lang] = `${lead}: ${slotMaskSummary(mask, lang)}${flexible > 0 ? free : ""}`;
  }
  return { code: "bundle_schedule", ...text };
}

function needsMessage(c: Candidate): Message | null {
  const must = [...new Set(c.needs.filter((n) => n.level === "must").map((n) => n.code))].sort((a, b) => accommodationBit(a) - accommodationBit(b));
  if (must.length === 0) return null;
  const labels = (lang: Lang) => list(must.map((code) => lowerFirst(accommodationLabel(code)[lang])), lang);
  return both("bundle_needs", (lang) => (lang === "da" ? `Alle jobbene tager de hensyn, der skal til: ${labels(lang)}` : `Every job meets the needs that must be met: ${labels(lang)}`));
}

export function bundleReasons(c: Candidate, openings: readonly CompiledOpening[], openingHours: readonly number[]): Message[] {
  const needs = needsMessage(c);
  return [...hoursMessages(c, openingHours), scheduleMessage(openings), ...(needs ? [needs] : [])];
}
