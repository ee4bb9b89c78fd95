// Citizens in and around Aarhus, in their own words.
import type { Candidate } from "../../../../lib/matching";
import { must, prefer, weekdays } from "./build";

export const PROFILES_AARHUS: Candidate[] = [
  { id: "karina", postalCode: "8210", maxCommuteKm: 10, weeklyHours: { min: 6, max: 8 }, availability: weekdays("morning"),
    skills: ["opvasker", "køkkenhjælp", "rengøring af storkøkken"],
    wishes: { occupations: ["køkken"] }, needs: [prefer("low_tempo")] },
  { id: "ahmad", postalCode: "8220", maxCommuteKm: 15, weeklyHours: { min: 8, max: 10 }, availability: weekdays("morning"),
    skills: ["kitchen porter", "dishwashing", "forberedelse af grøntsager"],
    wishes: { industries: ["restaurant"] }, needs: [prefer("onboarding_buddy")] },
  { id: "lisbeth", postalCode: "8240", maxCommuteKm: 8, weeklyHours: { min: 6, max: 10 }, availability: weekdays("morning"),
    skills: ["køkkenassistent i kantine", "smøre sandwich og anrette buffet", "hygiejnekursus"],
    wishes: { occupations: ["kantine"] }, needs: [must("clear_structure")] },
  // Waiter and barista: food service, not the kitchen itself.
  { id: "jens", postalCode: "8260", maxCommuteKm: 12, weeklyHours: { min: 8, max: 10 }, availability: weekdays("morning", "afternoon"),
    skills: ["tjener", "servering på café", "barista"],
    wishes: { openToNewField: true }, needs: [] },
  // Video producer with no commute limit: eligible for many jobs, relevant for none here.
  { id: "emil", postalCode: "8000", weeklyHours: { min: 6, max: 10 },
    skills: ["videoproduktion", "klipning i Premiere Pro", "SoMe-indhold"],
    wishes: { occupations: ["videograf"], openToNewField: true }, needs: [] },
  // Kitchen helper who must work seated.
  { id: "dorthe", postalCode: "8200", maxCommuteKm: 12, weeklyHours: { min: 6, max: 10 }, availability: weekdays("morning"),
    skills: ["køkkenmedhjælper", "opvask", "anretning"], needs: [must("seated_work")] },
  // Dishwasher who wants 20–25 hours.
  { id: "preben", postalCode: "8000", maxCommuteKm: 10, weeklyHours: { min: 20, max: 25 }, availability: weekdays("morning"),
    skills: ["opvasker på restaurant", "køkkenhjælp"], needs: [] },
  // Kitchen helper in Silkeborg, about 49 km away.
  { id: "yasmin", postalCode: "8600", maxCommuteKm: 20, weeklyHours: { min: 6, max: 10 }, availability: weekdays("morning"),
    skills: ["køkkenmedhjælper i børnehave", "opvask", "madlavning"], needs: [] },
  // Restaurant dishwasher free only in the evenings.
  { id: "bo", postalCode: "8000", maxCommuteKm: 10, weeklyHours: { min: 6, max: 10 }, availability: weekdays("evening"),
    skills: ["opvasker", "rengøring af køkken efter lukketid"], needs: [] },
  { id: "kenneth", postalCode: "8270", maxCommuteKm: 12, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning"),
    skills: ["vask af biler", "bilpleje", "polering og voks"],
    wishes: { occupations: ["bilpleje"] }, needs: [prefer("varied_movements")] },
  { id: "mikkel", postalCode: "8310", maxCommuteKm: 15, weeklyHours: { min: 12, max: 15 }, availability: weekdays("morning"),
    skills: ["car wash", "autoklargøring", "støvsugning af biler"],
    wishes: { industries: ["autobranchen"] }, needs: [must("indoor_work")] },
  // Office cleaner: cleaning, but not of cars or kitchens.
  { id: "susanne", postalCode: "8200", maxCommuteKm: 15, weeklyHours: { min: 10, max: 12 }, availability: weekdays("morning"),
    skills: ["rengøringsassistent", "kontorrengøring", "gulvvask"],
    wishes: { occupations: ["rengøring"], openToNewField: true }, needs: [] },
  // Car washer who must avoid chemicals.
  { id: "dennis", postalCode: "8260", maxCommuteKm: 10, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning"),
    skills: ["bilvasker", "klargøring af nye biler", "indvendig vask"], needs: [must("no_allergens_chemicals")] },
  // Car preparer in Horsens, about 33 km away.
  { id: "allan", postalCode: "8700", maxCommuteKm: 25, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning"),
    skills: ["bilklargøring", "vask og rens af biler"], needs: [] },
  { id: "michael", postalCode: "8000", maxCommuteKm: 10, weeklyHours: { min: 10, max: 15 }, availability: weekdays("afternoon"),
    skills: ["kundeservice hos TDC", "telefonbetjening", "mails og chat"],
    wishes: { occupations: ["kundeservice"] }, needs: [prefer("remote_work")] },
  // Bookkeeper who must have a fixed contact person.
  { id: "gurli", postalCode: "8000", maxCommuteKm: 10, weeklyHours: { min: 8, max: 10 },
    skills: ["bogholder", "bogføring i e-conomic", "fakturering"], needs: [must("fixed_contact_person")] },
];
