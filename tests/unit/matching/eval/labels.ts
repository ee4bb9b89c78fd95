// Graded relevance, judged as an experienced job consultant would, independently of what the
// engine does: 3 = has done this job or the same job in other words, and meets every hard rule;
// 2 = related experience and meets the hard rules; 1 = meets the hard rules, a little relevant;
// 0 (or missing) = nothing relevant, or breaks a hard rule (she cannot be proposed).
import type { HardRule, Relevance } from "./metrics";

export type Labels = Record<string, Record<string, Relevance>>;

export const LABELS: Labels = {
  // Top: mette (stairwell cleaning) and hanne (cleaning assistant); then jamila (window cleaner), ole (home help).
  "trappevask-gentofte": { mette: 3, hanne: 3, jamila: 2, ole: 2 },
  // Top: brian (Coop warehouse, goods in) and thomas (warehouse worker); then ida (post sorting), martin (shelf stocking).
  "varemodtagelse-odense": { brian: 3, thomas: 3, ida: 2, martin: 2 },
  // Top: karina (dishwasher), ahmad (kitchen porter), lisbeth (canteen assistant); then jens (café service), susanne (cleaner).
  "kantine-aarhus": { karina: 3, ahmad: 3, lisbeth: 3, jens: 2, susanne: 2, kenneth: 1 },
  // Top: maria (childminder) and fatima (pedagogical assistant, 0–3 year olds); then signe (babysitter), annette (care helper).
  "vuggestue-aalborg": { maria: 3, fatima: 3, signe: 2, annette: 1 },
  // Top: martin (till and shelves), nadia (Netto till), sanne (shop assistant); then louise (reception).
  "kasse-odense": { martin: 3, nadia: 3, sanne: 3, louise: 2, camilla: 1, lars: 1 },
  // Top: charlotte (accounts assistant who needs quiet: fine at home) and anders (bookkeeper); then jonna (invoicing), lis (admin).
  // 1 = other office desk work with cases, customers or systems (customer service, reception, IT service desk).
  "bogholderi-remote": {
    charlotte: 3,
    anders: 3,
    jonna: 2,
    lis: 2,
    pernille: 1,
    rene: 1,
    michael: 1,
    tanja: 1,
    louise: 1,
    line: 1,
    frederik: 1,
    mads: 1,
  },
  // Top: michael (TDC customer service) and tanja (call centre, needs low noise: fine at home); then phone-adjacent service work.
  "kundeservice-remote": {
    michael: 3,
    tanja: 3,
    frederik: 2,
    line: 2,
    louise: 2,
    martin: 2,
    nadia: 2,
    sanne: 2,
    sofie: 1,
    charlotte: 1,
    camilla: 1,
    jens: 1,
    anders: 1,
  },
  // Top: kenneth (car washing and valeting) and mikkel (car wash, car preparation); then susanne (cleaner).
  "bilpleje-viby": { kenneth: 3, mikkel: 3, susanne: 2, ahmad: 1 },
  // Top: joergen (caretaker work) and bjarne (handyman for a housing association); then steen, ulrik, henrik.
  "pedel-aalborg": { joergen: 3, bjarne: 3, steen: 2, ulrik: 2, henrik: 2 },
  // Top: birgit (visiting friend for the elderly) and inge (activity worker); then helle (SOSU), rikke (pedagogue).
  "aktivitet-roskilde": { birgit: 3, inge: 3, helle: 2, rikke: 2 },
  // Top: mads (IT supporter) and frederik (1st level support); then nikolaj (phone repairs), kasper (designer).
  "it-support-lyngby": { mads: 3, frederik: 3, nikolaj: 2, kasper: 1 },
  // Top: lasse (landscape gardener), morten (parks department), bente (churchyard); then jan (farm hand).
  "groenne-omraader-esbjerg": { lasse: 3, morten: 3, bente: 3, jan: 2 },
};

/**
 * Profiles with the right experience that break exactly one hard rule, and which rule: the
 * engine must never propose them. Checked against the reference rules in eval.test.ts.
 */
export const TRAPS: Record<string, Record<string, HardRule>> = {
  "trappevask-gentofte": { birthe: "hours", lone: "needs", torben: "schedule", gitte: "commute" },
  "varemodtagelse-odense": { jesper: "hours", kim: "needs", lars: "schedule", per: "commute" },
  "kantine-aarhus": { preben: "hours", dorthe: "needs", bo: "schedule", yasmin: "commute" },
  "vuggestue-aalborg": { tina: "hours", lene: "needs", pia: "commute" },
  "kasse-odense": { nanna: "needs", jytte: "schedule" },
  "bogholderi-remote": { kaj: "hours", gurli: "needs" },
  "kundeservice-remote": { ditte: "hours", pernille: "needs", rene: "schedule" },
  "bilpleje-viby": { dennis: "needs", allan: "commute" },
  "pedel-aalborg": { carsten: "needs", erik: "commute" },
  "aktivitet-roskilde": { vibeke: "hours", karen: "needs", else: "schedule" },
  "it-support-lyngby": { rasmus: "hours", line: "needs" },
  "groenne-omraader-esbjerg": { kirsten: "hours", poul: "needs", svend: "commute" },
};

/**
 * Profiles that meet every hard rule but have nothing to offer the job (the video producer for
 * the kitchen job): they must rank below everyone labelled above 0.
 */
export const DECOYS: Record<string, string[]> = {
  "trappevask-gentofte": ["sofie", "frederik", "rene", "emil"],
  "varemodtagelse-odense": ["camilla", "louise", "jytte", "jonna", "emil"],
  "kantine-aarhus": ["emil"],
  "vuggestue-aalborg": ["henrik", "joergen", "bjarne", "steen", "emil"],
  "kasse-odense": ["emil"],
  "bogholderi-remote": ["mette", "kasper", "kurt", "karina", "kenneth", "emil", "maria", "lasse"],
  "kundeservice-remote": ["kasper", "birgit", "kurt", "thomas", "emil", "henrik", "joergen", "jan"],
  "bilpleje-viby": ["jens", "emil"],
  "pedel-aalborg": ["maria", "signe", "annette", "emil"],
  "aktivitet-roskilde": ["kurt", "emil"],
  "it-support-lyngby": ["mette", "jamila", "ole", "sofie", "emil"],
  "groenne-omraader-esbjerg": ["anders", "emil"],
};
