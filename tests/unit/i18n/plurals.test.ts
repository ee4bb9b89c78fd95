import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import da from "@/messages/da";
import en from "@/messages/en";

// Every message that takes an argument is formatted with each argument set to 1 and to 2, and
// read for a noun in the wrong number: "1 timer", "1 hours", "2 time". A number shown next to a
// noun must go through an ICU plural ({count, plural, one {# time} other {# timer}}).

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

/** The names of a message's arguments: "{hours}", "{count, plural, …}", "{when, date, …}". */
function argumentNames(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]!))];
}

// Nouns (perhaps after one adjective: "1 ledige pladser") that read wrong in Danish after "1" (plural forms) and after "2" (singular forms). Danish
// "job", "match", "forslag" and "point" are the same in both numbers.
const DA_WRONG = {
  1: /\b1 (\p{L}+ )?(timer|kandidater|pladser|stillinger|dage|uger|måneder|borgere|virksomheder|personer|beskeder|minutter|invitationer|arrangementer|artikler|kompetencer|tidspunkter|ændringer|svar)\b/u,
  2: /\b2 (\p{L}+ )?(time|kandidat|plads|stilling|dag|uge|måned|borger|virksomhed|person|besked|minut|invitation|arrangement|artikel|kompetence|tidspunkt|ændring)\b/u,
} as const;
// English: after "1" no noun in -s; after "2" no singular noun.
const EN_WRONG = {
  1: /\b1 (\p{L}+ )?(hours|jobs|candidates|places|positions|days|weeks|months|citizens|companies|employers|people|persons|messages|minutes|invitations|events|articles|skills|matches|points|changes|replies|suggestions|slots)\b/u,
  2: /\b2 (\p{L}+ )?(hour|job|candidate|place|position|day|week|month|citizen|company|employer|person|message|minute|invitation|event|article|skill|match|point|change|reply|suggestion|slot)\b/u,
} as const;

function formatAll(locale: "da" | "en", messages: Tree, n: 1 | 2): { key: string; text: string }[] {
  const t = createTranslator({ locale, messages, onError: () => {} });
  const out: { key: string; text: string }[] = [];
  for (const [key, message] of leaves(messages)) {
    const names = argumentNames(message);
    if (names.length === 0) continue;
    const values = Object.fromEntries(names.map((name) => [name, n]));
    out.push({ key, text: (t as unknown as (key: string, values: Record<string, number>) => string)(key, values) });
  }
  return out;
}

describe("numbers next to nouns", () => {
  for (const [locale, messages, wrong] of [["da", da, DA_WRONG], ["en", en, EN_WRONG]] as const) {
    for (const n of [1, 2] as const) {
      it(`read right in ${locale} with every argument = ${n}`, () => {
        const formatted = formatAll(locale, messages as unknown as Tree, n);
        expect(formatted.length).toBeGreaterThan(50);
        const bad = formatted.filter((f) => wrong[n].test(f.text)).map((f) => `${f.key}: ${f.text}`);
        expect(bad).toEqual([]);
      });
    }
  }

  it("catches a plain number before a plural noun (the test can fail)", () => {
    const messages = { a: { hours: "{hours} timer om ugen" } };
    expect(formatAll("da", messages, 1).map((f) => f.text)).toEqual(["1 timer om ugen"]);
    expect(DA_WRONG[1].test("1 timer om ugen")).toBe(true);
    expect(DA_WRONG[1].test("1 time om ugen")).toBe(false);
  });
});
