// Citizens around Aalborg and Esbjerg, in their own words.
import type { Candidate } from "../../../../lib/matching";
import { must, prefer, weekdays } from "./build";

export const PROFILES_JYLLAND: Candidate[] = [
  { id: "maria", postalCode: "9200", maxCommuteKm: 12, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["dagplejer", "pasning af småbørn", "madlavning til børn"],
    wishes: { occupations: ["dagpleje", "vuggestue"] }, needs: [prefer("fixed_contact_person")] },
  { id: "fatima", postalCode: "9210", maxCommuteKm: 10, weeklyHours: { min: 10, max: 12 }, availability: weekdays("morning"),
    skills: ["pædagogisk assistent", "arbejde med 0-3 årige", "sprogstimulering"],
    wishes: { industries: ["børnehave"] }, needs: [must("gradual_start")] },
  // Babysitter: small children, but informally.
  { id: "signe", postalCode: "9400", maxCommuteKm: 10, weeklyHours: { min: 8, max: 10 }, availability: weekdays("morning", "afternoon"),
    skills: ["barnepige", "babysitting", "lektiehjælp"],
    wishes: { openToNewField: true }, needs: [] },
  // Social and health care helper: care work, for the elderly.
  { id: "annette", postalCode: "9000", maxCommuteKm: 15, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["SOSU-hjælper", "hjemmepleje", "personlig hygiejne"], needs: [prefer("no_evening_night")] },
  { id: "henrik", postalCode: "9000", maxCommuteKm: 15, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning", "afternoon"),
    skills: ["elektriker", "el-installationer", "fejlfinding"],
    wishes: { occupations: ["elektriker"] }, needs: [prefer("varied_movements")] },
  // Childminder who wants 25–30 hours.
  { id: "tina", postalCode: "9000", maxCommuteKm: 10, weeklyHours: { min: 25, max: 30 }, availability: weekdays("morning"),
    skills: ["dagplejemor", "børnepasning", "pasning af vuggestuebørn"], needs: [] },
  // Nursery helper in Hjørring, about 47 km away.
  { id: "pia", postalCode: "9800", maxCommuteKm: 20, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["pædagogmedhjælper", "vuggestue", "børn 0-3 år"], needs: [] },
  // Kindergarten helper who must have low noise: a nursery cannot offer that.
  { id: "lene", postalCode: "9220", maxCommuteKm: 15, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["pædagogmedhjælper i børnehave", "omsorg for små børn"], needs: [must("low_noise")] },
  { id: "joergen", postalCode: "9210", maxCommuteKm: 10, weeklyHours: { min: 12, max: 20 }, availability: weekdays("morning", "afternoon"),
    skills: ["viceværtarbejde", "pedelopgaver", "vedligehold af bygninger"],
    wishes: { occupations: ["vicevært"] }, needs: [prefer("flexible_start")] },
  { id: "bjarne", postalCode: "9400", maxCommuteKm: 10, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning"),
    skills: ["altmuligmand", "ejendomsfunktionær i boligselskab", "havearbejde og snerydning"],
    wishes: { occupations: ["pedel"] }, needs: [prefer("fixed_contact_person")] },
  // Garden work and mowing: half of the caretaker job.
  { id: "steen", postalCode: "9230", maxCommuteKm: 20, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning"),
    skills: ["havearbejde", "slå græs", "beskæring af træer"],
    wishes: { openToNewField: true }, needs: [] },
  // Carpenter doing repairs in homes: the other half.
  { id: "ulrik", postalCode: "9000", maxCommuteKm: 15, weeklyHours: { min: 15, max: 20 }, availability: weekdays("morning", "afternoon"),
    skills: ["tømrer", "reparationer i hjemmet", "maling"],
    wishes: { occupations: ["håndværker"] }, needs: [must("varied_movements")] },
  // Caretaker who must now work indoors.
  { id: "carsten", postalCode: "9220", maxCommuteKm: 10, weeklyHours: { min: 10, max: 20 }, availability: weekdays("morning", "afternoon"),
    skills: ["pedel", "ejendomsservice", "græsslåning og snerydning"], needs: [must("indoor_work")] },
  // Caretaker in Frederikshavn, about 53 km away.
  { id: "erik", postalCode: "9900", maxCommuteKm: 30, weeklyHours: { min: 10, max: 20 }, availability: weekdays("morning"),
    skills: ["vicevært", "småreparationer", "græsslåning"], needs: [] },
  // Call-centre worker who must have low noise: fine when working from home.
  { id: "tanja", postalCode: "9000", maxCommuteKm: 15, weeklyHours: { min: 10, max: 15 }, availability: weekdays("afternoon"),
    skills: ["callcenter", "telefonsupport", "customer service"],
    wishes: { occupations: ["kundeservice"] }, needs: [must("low_noise"), prefer("extra_breaks")] },
  { id: "lasse", postalCode: "6705", maxCommuteKm: 10, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning"),
    skills: ["anlægsgartner", "beplantning", "ukrudtsbekæmpelse"],
    wishes: { occupations: ["gartner"] }, needs: [prefer("team_with_peers")] },
  { id: "morten", postalCode: "6710", maxCommuteKm: 15, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["park og vej i kommunen", "græsslåning", "klipning af hække"],
    wishes: { industries: ["kommune"] }, needs: [must("varied_movements")] },
  { id: "bente", postalCode: "6715", maxCommuteKm: 15, weeklyHours: { min: 8, max: 10 }, availability: weekdays("morning"),
    skills: ["kirkegårdsmedhjælper", "pasning af gravsteder", "rive og luge"],
    wishes: { openToNewField: false }, needs: [prefer("extra_breaks")] },
  // Farm hand: outdoor work, not gardening.
  { id: "jan", postalCode: "6700", maxCommuteKm: 15, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning", "afternoon"),
    skills: ["landbrug", "markarbejde", "pasning af dyr"],
    wishes: { openToNewField: true }, needs: [] },
  // Bookkeeper in Esbjerg who would like to work from home.
  { id: "anders", postalCode: "6700", maxCommuteKm: 10, weeklyHours: { min: 8, max: 10 },
    skills: ["bogholder", "debitorstyring", "Excel"],
    wishes: { occupations: ["bogholder"] }, needs: [prefer("remote_work")] },
  // Gardener who must now work indoors.
  { id: "poul", postalCode: "6700", maxCommuteKm: 10, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["gartner", "havepleje", "lugning"], needs: [must("indoor_work")] },
  // Nursery gardener in Varde, about 22 km away.
  { id: "svend", postalCode: "6800", maxCommuteKm: 12, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["gartneriarbejde", "pleje af grønne arealer", "hækklipning"], needs: [] },
  // Gardener's helper who wants 20–30 hours.
  { id: "kirsten", postalCode: "6700", maxCommuteKm: 10, weeklyHours: { min: 20, max: 30 }, availability: weekdays("morning"),
    skills: ["gartnermedhjælper", "lugning", "plantning"], needs: [] },
];
