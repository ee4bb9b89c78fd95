// Curated synonyms for skills, occupations and industries, Danish and English.
//
// HOW TO EXTEND: add a string to an existing group, or add a new group. The first entry
// of a group is its canonical name. Write words as a person would type them; they are
// normalised (case, æøå/aa, plural/definite endings) when this module loads, so
// "Rengøring" also covers "rengøringen". A word may belong to one group only (a unit test
// checks this). Keep groups to true equivalents: "Excel" and "regneark" are the same
// skill for matching; "Excel" and "Word" are not.
import { normalizeSkill } from "./normalize-skill";

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Office and administration
  ["administration", "kontorarbejde", "office work", "administrative tasks", "admin", "kontoradministration"],
  ["kontorassistent", "office assistant", "administrativ medarbejder", "administrative assistant", "kontorfunktionær", "office clerk"],
  ["regnskab", "bogføring", "bookkeeping", "accounting", "bogholderi"],
  ["excel", "microsoft excel", "ms excel", "regneark", "spreadsheets"],
  ["word", "microsoft word", "ms word", "tekstbehandling", "word processing"],
  ["dataindtastning", "data entry", "indtastning", "registrering", "data registration"],
  ["arkivering", "filing", "archiving", "journalisering", "records management"],
  ["telefonbetjening", "phone support", "telephone service", "omstilling", "switchboard"],
  ["reception", "receptionist", "front desk", "receptionsarbejde"],
  ["korrekturlæsning", "proofreading", "korrektur"],
  ["oversættelse", "translation", "translating"],
  ["kundeservice", "customer service", "kundebetjening", "kundekontakt", "customer support"],
  // IT and media
  ["it-support", "it support", "helpdesk", "help desk", "brugersupport", "user support"],
  ["programmering", "programming", "softwareudvikling", "software development", "coding", "udvikling af software"],
  ["videoproduktion", "video production", "videoredigering", "video editing", "film editing"],
  ["grafisk design", "graphic design", "layout", "grafisk arbejde"],
  ["sociale medier", "social media", "some"],
  // Cleaning, kitchen, care
  ["rengøring", "cleaning", "rengøringsarbejde", "housekeeping", "cleaning work"],
  ["rengøringsassistent", "cleaner", "cleaning assistant", "rengøringsmedarbejder"],
  ["madlavning", "cooking", "food preparation", "tilberedning af mad"],
  ["køkkenhjælp", "kitchen helper", "kitchen assistant", "køkkenmedhjælper", "kitchen porter"],
  ["kok", "cook", "chef", "køkkenchef"],
  ["opvask", "dishwashing", "dish washing", "opvaskning"],
  ["tøjvask", "laundry", "vaskeri", "laundry work"],
  ["børnepasning", "childcare", "child care", "pasning af børn", "pædagogisk arbejde"],
  ["pædagogmedhjælper", "daycare assistant", "childcare assistant", "pædagogisk assistent"],
  ["ældrepleje", "elderly care", "aged care", "pleje af ældre", "omsorgsarbejde", "care work"],
  ["social- og sundhedshjælper", "sosu-hjælper", "sosu", "healthcare assistant", "care assistant"],
  // Practical and outdoor work
  // Stemming folds "worker" into "work", so the occupation and the work share a group.
  ["lagerarbejde", "warehouse work", "lager", "warehouse", "lagerekspedition", "lagermedarbejder", "warehouse worker", "lagerassistent"],
  ["pakning", "packing", "pakkearbejde", "packaging"],
  ["truckcertifikat", "forklift license", "forklift licence", "truckkørekort", "forklift"],
  ["kørekort", "driving licence", "driving license", "drivers license", "driver's license", "kørekort b"],
  ["pedel", "janitor", "caretaker", "vicevært", "pedelarbejde", "ejendomsservice"],
  ["havearbejde", "gardening", "grønne områder", "groundskeeping", "anlægsgartner", "landscaping"],
  ["malerarbejde", "painting", "maling", "malearbejde"],
  ["cykelreparation", "bicycle repair", "bike repair", "cykelmekaniker", "cykelværksted"],
  ["vareopfyldning", "shelf stacking", "restocking", "opfyldning", "shelf filling"],
  ["montage", "assembly", "samlearbejde", "montagearbejde"],
  ["hundetræning", "dog training", "hundeadfærd", "dog behaviour", "dog behavior", "hundeadfærdskonsulent"],
  ["skadedyrsbekæmpelse", "pest control", "skadedyr", "rottebekæmpelse"],
  ["landbrug", "farming", "agriculture", "landmand", "farmer", "jordbrug"],
  // Retail and sales
  ["butiksarbejde", "retail work", "shop work", "butik", "butiksassistent", "shop assistant", "sales assistant", "ekspedient"],
  ["kassearbejde", "cashier", "kasse", "checkout", "kassedame", "kasseekspedient"],
  ["salg", "sales", "selling", "salgsarbejde"],
  // Languages
  ["dansk", "danish"],
  ["engelsk", "english"],
  ["tysk", "german"],
  // Industries
  ["detailhandel", "retail", "retail trade", "dagligvarehandel"],
  ["daginstitution", "dagtilbud", "daycare", "børnehave", "kindergarten", "vuggestue", "nursery"],
  ["plejehjem", "nursing home", "care home", "ældrecenter", "plejecenter"],
  ["offentlig administration", "public administration", "public sector", "kommune", "municipality", "offentlig sektor"],
  ["transport og logistik", "logistics", "logistik", "transport"],
  ["medier", "media", "film og tv", "film and tv", "tv-produktion", "film production"],
  ["it", "information technology", "it-branchen", "software"],
  ["byggeri", "construction", "bygge og anlæg", "building"],
  ["hotel og restauration", "hospitality", "restaurant", "hotel", "restaurationsbranchen"],
  ["industri", "manufacturing", "produktion", "production"],
];

function buildSynonymIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const canonical = normalizeSkill(group[0] ?? "");
    for (const word of group) {
      const key = normalizeSkill(word);
      if (key && !index.has(key)) index.set(key, canonical);
    }
  }
  return index;
}

const synonymIndex = buildSynonymIndex();

/** Normalised key with synonyms resolved: equal keys mean "the same skill". */
export function canonicalSkill(raw: string): string {
  const key = normalizeSkill(raw);
  return synonymIndex.get(key) ?? key;
}
