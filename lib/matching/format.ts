// Small formatters for explanation texts. Danish uses a decimal comma and "t/uge";
// English a decimal point and "h/week". No Intl here: output must not depend on the
// machine's locale data.

/** A number of hours or km: integers as is, else one decimal (a comma in Danish). */
export function num(n: number, lang: "da" | "en"): string {
  const s = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return lang === "da" ? s.replace(".", ",") : s;
}

export function hoursRange(min: number, max: number, lang: "da" | "en"): string {
  const unit = lang === "da" ? "t/uge" : "h/week";
  const range = min === max ? num(min, lang) : `${num(min, lang)}–${num(max, lang)}`;
  return `${range} ${unit}`;
}

/** Kilometres as shown: one decimal below 10 km, whole km above. */
export function roundKm(n: number): number {
  return n < 10 ? Math.round(n * 10) / 10 : Math.round(n);
}

export function km(n: number, lang: "da" | "en"): string {
  return `${num(roundKm(n), lang)} km`;
}

/** "rolige omgivelser …" from a label "Rolige omgivelser …" for use mid-sentence. */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function list(items: readonly string[], lang: "da" | "en"): string {
  if (items.length <= 1) return items.join("");
  const and = lang === "da" ? " og " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}
